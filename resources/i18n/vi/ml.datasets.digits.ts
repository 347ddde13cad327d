<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.digits</name>
    <message>
        <source>Handwritten digits 0-9 as tiny 8×8 grey pictures: the 1797 digits of the UCI test part, written by 13 people (the UCI training part, 3823 digits by 30 others, is not included). Each pixel counts the ink in a 4x4 block of the original scan, so values run from 0 to 16. Small enough to train a convolutional network in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handwritten digits (8x8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the training pictures each other&apos;s labels at random (the test pictures keep their true ones): nothing in a picture tells its label any more, so a model can only learn the training labels by heart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
