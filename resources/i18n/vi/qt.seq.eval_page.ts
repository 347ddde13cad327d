<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.seq.eval_page</name>
    <message>
        <source>Train the model on the Train tab first: its test results appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the model on the test text and writing samples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On the test text&lt;/b&gt; ({n_scored:,} windows the model never trained on): loss {loss:.3f} per character, that is &lt;b&gt;{bpc:.2f} bits per character&lt;/b&gt; (how many yes/no questions it still needs to guess the next character; a uniform guess over the {vocab} characters needs {uniform:.2f}); its likeliest character is the right one {accuracy:.1%} of the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples from the start of the test text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On {n_test:,} test sequences&lt;/b&gt;: {positions:.2%} of the answers are right, and {sequences:.2%} of the sequences are wholly right. The bars show each position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be measured: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right answers at each position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position in the sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which test sequence&apos;s attention maps to show (its number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── temperature {t:g} ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model answers {answers} ({right} of {n} right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test sequence {i} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
