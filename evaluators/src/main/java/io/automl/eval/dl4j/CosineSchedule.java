package io.automl.eval.dl4j;

import org.nd4j.linalg.schedule.ISchedule;

/**
 * Cosine annealing by epoch: {@code initialValue * (1 + cos(pi * epoch / epochs)) / 2}, falling from the initial
 * value to 0 over {@code epochs} and staying there. A bean (no-argument constructor and properties) so that it is
 * stored with the network configuration. Not thread-safe while its properties are being set; stateless afterwards.
 */
public final class CosineSchedule implements ISchedule {
    private static final long serialVersionUID = 1L;
    private double initialValue;
    private int epochs;

    /** For deserialization. */
    public CosineSchedule() {
    }

    public CosineSchedule(double initialValue, int epochs) {
        if (!(initialValue > 0) || epochs < 1) {
            throw new IllegalArgumentException("need initialValue > 0 and epochs >= 1: " + initialValue + ", "
                    + epochs);
        }
        this.initialValue = initialValue;
        this.epochs = epochs;
    }

    public double getInitialValue() {
        return initialValue;
    }

    public void setInitialValue(double initialValue) {
        this.initialValue = initialValue;
    }

    public int getEpochs() {
        return epochs;
    }

    public void setEpochs(int epochs) {
        this.epochs = epochs;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        double t = Math.min(epoch, epochs) / (double) epochs;
        return initialValue * 0.5 * (1 + Math.cos(Math.PI * t));
    }

    @Override
    public ISchedule clone() {
        return new CosineSchedule(initialValue, epochs);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CosineSchedule c && c.initialValue == initialValue && c.epochs == epochs;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(initialValue) * 31 + epochs;
    }
}
