<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.seq.train_view</name>
    <message>
        <source>The first samples come a few seconds after training starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every few seconds the model writes from the prime at each temperature: low temperatures pick the likeliest characters (safe, repetitive), 1 follows the model&apos;s own odds, higher ones take more chances. Watch noise turn into words, or tunes. &apos;bpc&apos; (bits per character) is the loss in bits: how many yes/no questions the model still needs to guess the next character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── temperature {t:g} ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample {n}, during epoch {epoch} (written in {seconds:.1f} s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
