<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.inspect.gradients_view</name>
    <message>
        <source>How hard the loss pulls on each layer&apos;s weights: the length (norm) of the gradient of the loss for the layer&apos;s weight matrix, measured after each epoch on the same 64 training examples. In a healthy network the layers&apos; norms are usually within a factor of 100 of each other. A layer near the input far below the last one (1000 times or more) has vanishing gradients: it hardly learns. A norm above 1000 is an exploding gradient: one step throws the weights far. The axis is logarithmic: each grid line up is ten times more.</source>
        <translation>Hàm mất mát (loss) kéo trọng số của mỗi lớp mạnh đến đâu: độ dài (chuẩn) của gradient của loss theo ma trận trọng số của lớp, đo sau mỗi epoch trên cùng 64 mẫu huấn luyện. Trong một mạng khỏe, chuẩn của các lớp thường chênh nhau không quá 100 lần. Một lớp gần đầu vào thấp hơn hẳn lớp cuối (1000 lần trở lên) bị gradient biến mất: nó hầu như không học. Chuẩn trên 1000 là gradient bùng nổ: một bước ném trọng số đi rất xa. Trục là thang logarit: mỗi vạch lưới lên trên là gấp mười.</translation>
    </message>
    <message>
        <source>The gradient norms appear after the first epoch of a run on the Train tab (of models trained with fit; a GAN&apos;s or an agent&apos;s training does not send them).</source>
        <translation>Chuẩn gradient xuất hiện sau epoch đầu tiên của một lần chạy ở thẻ Huấn luyện (với mô hình huấn luyện bằng fit; việc huấn luyện GAN hay tác tử không gửi chúng).</translation>
    </message>
    <message>
        <source>After epoch {epoch}: {norms}.</source>
        <translation>Sau epoch {epoch}: {norms}.</translation>
    </message>
    <message>
        <source>Gradient norm per layer</source>
        <translation>Chuẩn gradient theo lớp</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>chuẩn gradient</translation>
    </message>
    <message>
        <source>Not a finite number for {layers}: the gradient overflowed.</source>
        <translation>Không phải số hữu hạn ở {layers}: gradient bị tràn.</translation>
    </message>
</context>
</TS>
