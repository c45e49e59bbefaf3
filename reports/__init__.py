"""PDF reports (ReportLab only: no Qt, no database). The growth plan lives in ``growth_plan``."""
