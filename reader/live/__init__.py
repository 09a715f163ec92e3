"""What the window needs that Qt has no part in: the analysis process and what results show."""
