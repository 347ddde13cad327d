<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.start_checks</name>
    <message>
        <source>change it in the Train tab&apos;s settings</source>
        <translation>hãy đổi nó trong phần thiết lập của thẻ Huấn luyện</translation>
    </message>
    <message>
        <source>training settings: {problem}</source>
        <translation>thiết lập huấn luyện: {problem}</translation>
    </message>
    <message>
        <source>{id} leads nowhere, so Keras would make it a second output (outputs=[{outputs}]), but the data has one target per example</source>
        <translation>{id} không dẫn tới đâu, nên Keras sẽ biến nó thành đầu ra thứ hai (outputs=[{outputs}]), nhưng dữ liệu chỉ có một đích (target) cho mỗi mẫu dữ liệu</translation>
    </message>
    <message>
        <source>link {id} onward, delete it, or keep {main} as the only output</source>
        <translation>hãy nối tiếp {id} tới lớp sau, xóa nó, hoặc giữ {main} làm đầu ra duy nhất</translation>
    </message>
    <message>
        <source>Keep {main} as the only output</source>
        <translation>Giữ {main} làm đầu ra duy nhất</translation>
    </message>
</context>
</TS>
