"""Read counting: exact, bot-free, cache-proof read counts and most-read lists."""
