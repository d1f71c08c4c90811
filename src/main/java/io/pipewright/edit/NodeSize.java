package io.pipewright.edit;

/** How much room a node takes on the canvas, for layout; the app knows it from the node's ports. */
public record NodeSize(double width, double height) {
}
