/// Placeholder until the analysis lands.
public enum AnalysisPlaceholder {}
