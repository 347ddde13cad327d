<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.points2d</name>
    <message>
        <source>How many points to draw in all (train + test).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the points are jittered: 0 = clean, 0.5 = very noisy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the blue (1) points kept, the others left out: 1 = all of them; 0.1 = one in ten, so blue is rare (an imbalanced data set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the training points each other&apos;s labels at random (the test points keep their true ones): nothing about a point tells its label any more, so a model can only learn the training labels by heart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x and y coordinates, already in about -1..1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blue disc of points inside an orange ring. One straight line cannot separate them, but a small hidden layer can draw a closed boundary around the middle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four squares: blue where both coordinates have the same sign, orange where they differ. The classic problem a single neuron cannot solve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two round clouds of points, one per class. With little noise a single straight line separates them; more noise makes them overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two spirals wound into each other. The hardest Playground set: it needs several layers of neurons and patient training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plane (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict a number that rises evenly from one corner to the other. A single linear neuron is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hills and valleys (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict the height of a surface with three hills and three valleys. Needs hidden neurons to bend the fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring of 8 clouds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eight small round clouds of points on a circle, numbered 0 to 7: the classic test of a GAN. A generator that has learnt the data puts points in every cloud; one that puts them in only a few has collapsed onto those modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How spread each cloud is: 0 = tight (0.05 across), 1 = wide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
