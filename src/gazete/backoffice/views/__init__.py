"""Views of the desk, one module per screen family: lists, one story, and the POST actions."""
