<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.cost</name>
    <message>
        <source>this computer</source>
        <translation>máy này</translation>
    </message>
    <message>
        <source>Multiply-adds per example: {macs} (a training step on a batch of {batch} does about {batch_macs}: forward and backward).</source>
        <translation>Phép nhân-cộng cho mỗi mẫu dữ liệu: {macs} (một bước huấn luyện trên một lô {batch} mẫu làm khoảng {batch_macs}: cả chiều xuôi và chiều ngược).</translation>
    </message>
    <message>
        <source>Weights: {weights}; while training with {optimizer} {training} (gradients and the optimizer&apos;s own copies).</source>
        <translation>Trọng số: {weights}; khi huấn luyện với {optimizer} là {training} (gradient và các bản sao riêng của bộ tối ưu).</translation>
    </message>
    <message>
        <source>Layer outputs for a batch of {batch}: {outputs} (kept for the backward pass).</source>
        <translation>Đầu ra của các lớp cho một lô {batch} mẫu: {outputs} (giữ lại cho lượt lan truyền ngược).</translation>
    </message>
    <message>
        <source>Layers with unknown shapes count as 0: {names}.</source>
        <translation>Các lớp chưa biết kích thước được tính là 0: {names}.</translation>
    </message>
    <message>
        <source>use a batch size of at most {best}</source>
        <translation>hãy dùng kích thước lô (batch size) tối đa {best}</translation>
    </message>
    <message>
        <source>make the model smaller (fewer units or filters): its weights alone do not fit</source>
        <translation>hãy làm mô hình nhỏ lại (ít units hoặc filters hơn): riêng trọng số của nó đã không vừa</translation>
    </message>
    <message>
        <source>Warning: one training step needs about {need} but {device} has {free} free: {advice}.</source>
        <translation>Cảnh báo: một bước huấn luyện cần khoảng {need} nhưng {device} chỉ còn trống {free}: {advice}.</translation>
    </message>
    <message>
        <source>Fits: {need} of the {free} free on {device}.</source>
        <translation>Vừa: {need} trong {free} còn trống của {device}.</translation>
    </message>
</context>
</TS>
