<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.shapes</name>
    <message>
        <source>Made-up 28x28 grey pictures of circles, squares, triangles and crosses, each at a random place, size and tilt, with some pixel noise. Good for a first convolutional network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many pictures to draw in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel noise (0 = clean pictures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture width and height in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes (28x28)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
