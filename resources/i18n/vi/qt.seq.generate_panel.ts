<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.seq.generate_panel</name>
    <message>
        <source>Train the model first: then write with it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write text from the prime with the trained model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a character of the new text to see what else the model considered there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greedy: always the likeliest character (temperature 0). The same prime gives the same text every time, and it often repeats itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature: below 1 the likeliest characters win more often (safer, more repetitive); 1 draws from the model&apos;s own odds; above 1 surprises (and mistakes) grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text the model continues (it reads only its last window of characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greedy (always the likeliest character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature {t:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} characters written, {how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character {n} of the new text: the model wrote &apos;{chosen}&apos;. Its odds there (before the greedy pick):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character {n} of the new text: the model wrote &apos;{chosen}&apos;. Its odds there at temperature {t:.2f}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
