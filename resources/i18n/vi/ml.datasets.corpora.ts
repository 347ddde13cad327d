<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.corpora</name>
    <message>
        <source>Nietzsche&apos;s writings (download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 600,000 characters of Friedrich Nietzsche&apos;s writings in English translation (Beyond Good and Evil), the text of Keras&apos;s own character-LSTM example. About 0.6 MB, downloaded into the Keras cache only when you press Download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shakespeare (download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 1.1 million characters of Shakespeare&apos;s plays (Andrej Karpathy&apos;s &apos;tiny Shakespeare&apos;), the text of TensorFlow&apos;s text-generation tutorial: speakers&apos; names, then their lines. About 1.1 MB, downloaded into the Keras cache only when you press Download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window starts every this many characters (1 = every character; 3 gives a third as many examples).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the text, at its end, kept aside as the test part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only the first this many characters of the text (0 = all); fewer characters train faster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
