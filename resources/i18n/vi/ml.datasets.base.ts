<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.base</name>
    <message>
        <source>{title}: {train} training and {test} test examples, each of shape {shape}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} classes with training counts: {names}{more}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression: the target ranges from {low:.3g} to {high:.3g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs: {scaling}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How inputs are scaled. default: what suits this data set; none: raw values; divide: by the largest value a pixel can have (255, or 16 for the digits), the default for pictures, since it needs no statistics and keeps every pixel on the same scale; standardize: mean 0 and spread 1; minmax: 0..1. For tables and points, standardize and minmax work per feature (column); for pictures they use one mean and spread (or one minimum and maximum) for all pixels together, so no pixel position is scaled differently from another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each feature on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one statistic for all values together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw values, not scaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divided by {d:g} (now 0..1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standardized to mean 0, spread 1 ({scope}, from the training part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scaled to 0..1 ({scope}, from the training part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shuffle labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rare share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maxlen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq len</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max chars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignore columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the points kept aside as the test set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed: the same seed draws the same points.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
