"""Reader comments, moderated under the published policy by gazete.moderation."""
