<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.lessons</name>
    <message>
        <source>PASS {id} ({n} steps, {runs} runs, {seconds} s)</source>
        <translation>ĐẠT {id} ({n} bước, {runs} lần chạy, {seconds} s)</translation>
    </message>
    <message>
        <source>FAIL {id}: {why}</source>
        <translation>KHÔNG ĐẠT {id}: {why}</translation>
    </message>
    <message>
        <source>FAIL {id}: step {n} (&quot;{title}&quot;): {why}</source>
        <translation>KHÔNG ĐẠT {id}: bước {n} (&quot;{title}&quot;): {why}</translation>
    </message>
    <message>
        <source>FAIL {id}: step {n}: {why}</source>
        <translation>KHÔNG ĐẠT {id}: bước {n}: {why}</translation>
    </message>
    <message>
        <source>train: {text}</source>
        <translation>huấn luyện: {text}</translation>
    </message>
    <message>
        <source>train: no project is open</source>
        <translation>huấn luyện: chưa mở dự án nào</translation>
    </message>
    <message>
        <source>the lesson cannot start: {text}</source>
        <translation>bài học không bắt đầu được: {text}</translation>
    </message>
    <message>
        <source>the check passes before &apos;show me&apos;, so the step is done before the learner does anything: make the check ask for what the step teaches</source>
        <translation>bước kiểm tra đã đạt trước khi &apos;Làm mẫu&apos;, nên bước này xong trước khi người học làm gì: hãy để bước kiểm tra đòi đúng điều bước này dạy</translation>
    </message>
    <message>
        <source>show me could not be done: {text}</source>
        <translation>không làm được &apos;Làm mẫu&apos;: {text}</translation>
    </message>
    <message>
        <source>the check does not pass: {text}</source>
        <translation>bước kiểm tra không đạt: {text}</translation>
    </message>
</context>
</TS>
