<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.biased_shapes</name>
    <message>
        <source>How many training pictures to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many test pictures (half of each style).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the training pictures drawn inverted, like a photo negative (the rare style).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel noise (0 = clean pictures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed: the same seed draws the same pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divided by 255 (now 0..1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
