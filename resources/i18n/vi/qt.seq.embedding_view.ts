<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.seq.embedding_view</name>
    <message>
        <source>The Embedding layer&apos;s vectors appear here while the model trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each label is one character (or word) at its Embedding vector, flattened to 2-D by PCA (the two directions in which the vectors differ most). Characters the model uses alike drift together: digits, note letters, header letters. Neighbours are measured on the full vectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each word sits at its Embedding vector, flattened to 2-D. Words the model uses alike drift together: praise (good, lovely) to one side, complaint (bad, dull) to the other, &apos;not&apos; beside &apos;never&apos;. Scroll to zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each token (here a digit) sits at its Embedding vector, flattened to 2-D. Tokens the model uses alike drift together as it learns. Scroll to zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flattened by PCA: the two directions in which the vectors differ most (each axis says its share of the spread). Neighbours: cosine similarity on the full vectors, not on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest neighbours of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCA axis 1 ({share:.0%} of the spread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCA axis 2 ({share:.0%} of the spread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} vectors of {size} numbers after {epochs:g} epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} vectors of {size} numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
