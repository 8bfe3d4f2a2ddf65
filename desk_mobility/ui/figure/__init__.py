"""The animated figure of the seated thoracic rotation: pose, geometry, drawing and caches."""
