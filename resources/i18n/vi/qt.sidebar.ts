<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.sidebar</name>
    <message>
        <source>Start from a template</source>
        <translation>Bắt đầu từ một mẫu</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Dự án gần đây</translation>
    </message>
    <message>
        <source>Projects you open or save appear here.</source>
        <translation>Các dự án bạn mở hoặc lưu sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Build a model by dragging layers from the list below onto the canvas.</source>
        <translation>Xây dựng mô hình bằng cách kéo các lớp từ danh sách bên dưới vào khung vẽ.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Chưa được lưu</translation>
    </message>
    <message>
        <source>{description}

Click to start a new project from this template.</source>
        <translation>{description}

Nhấp để bắt đầu một dự án mới từ mẫu này.</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Cơ bản</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Thị giác máy tính</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Chuỗi</translation>
    </message>
    <message>
        <source>Generative models</source>
        <translation>Mô hình sinh</translation>
    </message>
    <message>
        <source>Reinforcement learning</source>
        <translation>Học tăng cường</translation>
    </message>
    <message>
        <source>More templates</source>
        <translation>Mẫu khác</translation>
    </message>
</context>
</TS>
