"""Pictures that come with wire stories: originals, renditions for pages and social cards, story links."""
