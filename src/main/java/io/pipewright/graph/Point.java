package io.pipewright.graph;

/** A node's position on the canvas, in canvas units. */
public record Point(double x, double y) {
}
