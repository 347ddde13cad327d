<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.reviews</name>
    <message>
        <source>word numbers, not scaled (the {n} words are 3 to {last}, 1 marks the start, 0 fills the front up to {maxlen} places); feed them to an Embedding layer with input_dim {dim}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiny film reviews (generated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many reviews to write in all (train + test).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews are padded at the front (or cut) to this many places. The longest review has 20 words plus the start mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the reviews kept aside as the test set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed: the same seed writes the same reviews.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
