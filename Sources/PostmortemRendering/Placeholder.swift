/// Placeholder until rendering lands.
public enum RenderingPlaceholder {}
