"""Skill Ladder's domain core: the career framework, ratings, gaps and plans. No Qt here."""
