<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.trainers.gan</name>
    <message>
        <source>the {which} became NaN (not a number) in epoch {epoch}: the weights grew so large that the arithmetic overflowed, usually because a learning rate is too large for one of the two networks, and a GAN cannot recover from that</source>
        <translation>{which} thành NaN (không phải một số) ở epoch {epoch}: các trọng số lớn đến mức phép tính bị tràn số, thường vì tốc độ học (learning rate) quá lớn với một trong hai mạng, và một GAN không thể hồi phục từ đó</translation>
    </message>
    <message>
        <source>lower both learning rates (try ten times smaller; 0.0002 with beta_1 0.5 is the usual choice for GANs), or turn on gradient clipping (clipnorm 1.0)</source>
        <translation>hãy giảm cả hai tốc độ học (thử nhỏ hơn mười lần; 0.0002 với beta_1 0.5 là lựa chọn thường dùng cho GAN), hoặc bật cắt gradient (clipnorm 1.0)</translation>
    </message>
    <message>
        <source>the {role}&apos;s optimizer settings have a problem: {problem}</source>
        <translation>thiết lập bộ tối ưu (optimizer) của {role} có vấn đề: {problem}</translation>
    </message>
    <message>
        <source>fix the {role}&apos;s optimizer in the Train tab</source>
        <translation>sửa bộ tối ưu của {role} trên thẻ Huấn luyện</translation>
    </message>
    <message>
        <source>the GAN&apos;s settings have a problem: {problem}</source>
        <translation>thiết lập của GAN có vấn đề: {problem}</translation>
    </message>
    <message>
        <source>fix it in the project&apos;s algorithm settings</source>
        <translation>sửa nó trong phần thiết lập thuật toán (algorithm) của dự án</translation>
    </message>
    <message>
        <source>the GAN cannot train: {problem}</source>
        <translation>GAN không thể huấn luyện: {problem}</translation>
    </message>
    <message>
        <source>the training settings have a problem: {problem}</source>
        <translation>thiết lập huấn luyện có vấn đề: {problem}</translation>
    </message>
    <message>
        <source>fix it in the Train tab</source>
        <translation>sửa nó trên thẻ Huấn luyện</translation>
    </message>
    <message>
        <source>the data set has fewer than 2 training samples, so there is nothing to learn from</source>
        <translation>tập dữ liệu có ít hơn 2 mẫu huấn luyện, nên không có gì để học</translation>
    </message>
    <message>
        <source>choose a larger data set or a smaller test share</source>
        <translation>chọn một tập dữ liệu lớn hơn hoặc giảm phần dành cho tập kiểm tra</translation>
    </message>
    <message>
        <source>discriminator&apos;s loss</source>
        <translation>hàm mất mát của bộ phân biệt (discriminator)</translation>
    </message>
    <message>
        <source>generator&apos;s loss</source>
        <translation>hàm mất mát của bộ sinh (generator)</translation>
    </message>
</context>
</TS>
