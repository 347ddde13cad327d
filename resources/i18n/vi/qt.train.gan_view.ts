<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.train.gan_view</name>
    <message>
        <source>Fixed-noise samples</source>
        <translation>Mẫu từ nhiễu cố định</translation>
    </message>
    <message>
        <source>Real vs generated</source>
        <translation>Thật và được sinh</translation>
    </message>
    <message>
        <source>live</source>
        <translation>trực tiếp</translation>
    </message>
    <message>
        <source>Blue: real points. Orange: the generator&apos;s points. Background: the discriminator&apos;s answer (light = &apos;real&apos;, dark = &apos;fake&apos;). Lines: a square grid of noise, bent by the generator onto the plane.</source>
        <translation>Xanh: điểm thật. Cam: điểm của bộ sinh. Nền: câu trả lời của bộ phân biệt (sáng = &apos;thật&apos;, tối = &apos;giả&apos;). Đường: một lưới vuông nhiễu, được bộ sinh uốn lên mặt phẳng.</translation>
    </message>
    <message>
        <source>D(real), D(fake): the discriminator&apos;s mean answers (0.5 and 0.5: it cannot tell them apart).</source>
        <translation>D(real), D(fake): câu trả lời trung bình của bộ phân biệt (0.5 và 0.5: nó không phân biệt được).</translation>
    </message>
    <message>
        <source>Drag left to see the samples of earlier epochs; all the way right follows the run.</source>
        <translation>Kéo sang trái để xem mẫu của các epoch trước; kéo hết sang phải để theo lần chạy.</translation>
    </message>
    <message>
        <source>Epoch:</source>
        <translation>Epoch:</translation>
    </message>
    <message>
        <source>D(real) {real:.2f}, D(fake) {fake:.2f}: the discriminator&apos;s mean answers (0.5 and 0.5: it cannot tell them apart).</source>
        <translation>D(real) {real:.2f}, D(fake) {fake:.2f}: câu trả lời trung bình của bộ phân biệt (0.5 và 0.5: nó không phân biệt được).</translation>
    </message>
    <message>
        <source>after {epoch:g}</source>
        <translation>sau {epoch:g}</translation>
    </message>
    <message>
        <source>Modes covered: {n} of {total}</source>
        <translation>Số cụm đã phủ: {n}/{total}</translation>
    </message>
    <message>
        <source> — every cloud gets points.</source>
        <translation> — cụm nào cũng có điểm.</translation>
    </message>
    <message>
        <source> — the generator has not reached every cloud yet (or has left some: mode collapse).</source>
        <translation> — bộ sinh chưa tới được mọi cụm (hoặc đã bỏ một số: sụp đổ chế độ (mode collapse)).</translation>
    </message>
    <message>
        <source> Hover here for why and what to do.</source>
        <translation> Di chuột vào đây để biết vì sao và nên làm gì.</translation>
    </message>
</context>
</TS>
