package io.pipewright.node;

/** Where a node type sits in the palette, in the order a pipeline reads left to right. */
public enum Category {
    INGEST("Ingest"), PREPARE("Prepare"), TRAIN("Train"), EVALUATE("Evaluate"), MONITOR("Monitor"), OUTPUT("Output");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
