<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.trainers.vae</name>
    <message>
        <source>lower the learning rate (try ten times smaller) or turn on gradient clipping (clipnorm 1.0): in a VAE the loss usually turns NaN when log_var grows large and exp(log_var) overflows</source>
        <translation>hãy giảm tốc độ học (learning rate) (thử nhỏ hơn mười lần) hoặc bật cắt gradient (clipnorm 1.0): trong một VAE, hàm mất mát thường thành NaN khi log_var lớn dần và exp(log_var) bị tràn số</translation>
    </message>
    <message>
        <source>the VAE&apos;s settings have a problem: {problem}</source>
        <translation>thiết lập của VAE có vấn đề: {problem}</translation>
    </message>
    <message>
        <source>fix the project&apos;s algorithm block</source>
        <translation>sửa khối algorithm của dự án</translation>
    </message>
</context>
</TS>
