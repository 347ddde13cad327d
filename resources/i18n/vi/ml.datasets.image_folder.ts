<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.image_folder</name>
    <message>
        <source>Your pictures in {folder}: {n} images in {classes} classes, resized to {h}x{w}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pictures (folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder with one sub-folder per class, each full of pictures (PNG or JPEG). The sub-folder names become the class names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holding one sub-folder per class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures are resized to this height and width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour (3 channels) or grey (1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
