<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.seq.attention_view</name>
    <message>
        <source>The attention maps of a test example come a few seconds after training starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each map is one attention head. Row i is output place i (its right answer beside it), column j is input place j (its digit below): dark = place i takes much from place j; every row adds up to 1. To reverse, place i must read place 9 - i: watch the anti-diagonal appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each map is one attention head. Row i is word i of the review, column j is word j: dark = word i takes much from word j. A row&apos;s weights add up to 1 over all places, the padding in front of a short review too; the padding is not drawn, so a pale row gave much of its weight to it. Watch the heads learn to look at the words that decide the answer, such as &apos;not&apos;, &apos;never&apos; and the adjectives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a row of a map to read which places it takes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}, row &apos;{query}&apos; (place {row}) takes most from: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PositionalEncoding adds these waves to the embedding: feature 2k gets sin(position / 10000^(2k/d)), feature 2k+1 the cosine, so every position gets its own pattern of values and nearby positions get similar ones. Fast waves tell neighbours apart, slow ones far places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positional encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature {f} ({wave})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer}, head {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maps after 1 epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maps after {epochs:g} epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test example: {inputs} -&gt; {answers}; {when} (scrubbed back; the slider&apos;s right end follows the run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test example: {inputs} -&gt; {answers}; {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{token}&apos; (place {j}) {percent:.0f} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
