<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.lessons.controls</name>
    <message>
        <source>Locked by this lesson: it keeps {what} as it is, so you can focus on the step. Leave the lesson (Lessons &gt; Leave Lesson) to unlock it.</source>
        <translation>Bị bài học này khóa: nó giữ nguyên {what}, để bạn tập trung vào bước này. Rời bài học (Bài học &gt; Rời bài học) để mở khóa.</translation>
    </message>
    <message>
        <source>Locked by this lesson: {what} stays closed, so you can focus on the step. Leave the lesson (Lessons &gt; Leave Lesson) to open it.</source>
        <translation>Bị bài học này khóa: {what} vẫn đóng, để bạn tập trung vào bước này. Rời bài học (Bài học &gt; Rời bài học) để mở nó.</translation>
    </message>
    <message>
        <source>this control</source>
        <translation>điều khiển này</translation>
    </message>
</context>
</TS>
