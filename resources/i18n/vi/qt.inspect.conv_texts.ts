<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.inspect.conv_texts</name>
    <message>
        <source>A convolution slides a small grid of numbers, the kernel, over the picture. At each place it multiplies each pixel under the kernel by the number on top of it and adds the products up: that sum is one pixel of the output, the feature map. A Conv2D layer does exactly this, and training learns the numbers in its kernels (Keras calls them filters: its filters setting is how many kernels a layer has).</source>
        <translation>Tích chập trượt một lưới số nhỏ, bộ lọc (kernel), trên bức ảnh. Tại mỗi vị trí, nó nhân mỗi điểm ảnh bên dưới bộ lọc với con số nằm trên nó rồi cộng các tích lại: tổng đó là một điểm ảnh của đầu ra, tức bản đồ đặc trưng (feature map). Lớp Conv2D làm đúng như vậy, và việc huấn luyện học các con số trong các bộ lọc của nó (Keras gọi chúng là filters: thiết lập filters là số bộ lọc của một lớp).</translation>
    </message>
    <message>
        <source>Input picture</source>
        <translation>Ảnh đầu vào</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Bộ lọc (kernel)</translation>
    </message>
    <message>
        <source>Output (feature map)</source>
        <translation>Đầu ra (bản đồ đặc trưng)</translation>
    </message>
    <message>
        <source>Dark pixels hold high values (ink), white ones 0. The orange square is the window the kernel covers now. With padding &apos;same&apos; the dashed frame marks the zeros added around the picture.</source>
        <translation>Điểm ảnh tối mang giá trị cao (mực), điểm trắng là 0. Ô vuông cam là cửa sổ bộ lọc đang phủ. Với padding &apos;same&apos;, khung nét đứt đánh dấu các số 0 được thêm quanh ảnh.</translation>
    </message>
    <message>
        <source>A colour picture has 3 channels (red, green, blue), so the kernel has 3 slices: one per channel. Each slice works on its channel and the 3 sums are added into one output pixel.</source>
        <translation>Ảnh màu có 3 kênh (đỏ, lục, lam), nên bộ lọc có 3 lát: mỗi kênh một lát. Mỗi lát làm việc trên kênh của nó và 3 tổng được cộng thành một điểm ảnh đầu ra.</translation>
    </message>
    <message>
        <source>Red = positive weight, blue = negative, white = 0. Type in the table to change a number.</source>
        <translation>Đỏ = trọng số dương, xanh = âm, trắng = 0. Gõ vào bảng để đổi một con số.</translation>
    </message>
    <message>
        <source>Red = positive sum, blue = negative, white = 0 (the colour bar shows the scale, the same for every map of this layer). Click a pixel to see its sum. A real Conv2D layer then adds a bias to every pixel and applies its activation, such as ReLU.</source>
        <translation>Đỏ = tổng dương, xanh = âm, trắng = 0 (thanh màu cho thấy thang đo, như nhau cho mọi bản đồ của lớp này). Nhấp vào một điểm ảnh để xem tổng của nó. Một lớp Conv2D thật sau đó cộng độ lệch (bias) vào mọi điểm ảnh và áp dụng hàm kích hoạt, chẳng hạn ReLU.</translation>
    </message>
    <message>
        <source>Move the window to the next position and show its arithmetic.</source>
        <translation>Chuyển cửa sổ tới vị trí kế tiếp và cho xem phép tính.</translation>
    </message>
    <message>
        <source>Slide the window over the whole picture, one position after another.</source>
        <translation>Trượt cửa sổ qua toàn bộ ảnh, lần lượt từng vị trí.</translation>
    </message>
    <message>
        <source>Stop the sweep and show the whole feature map at once.</source>
        <translation>Dừng việc quét và hiện cả bản đồ đặc trưng một lần.</translation>
    </message>
    <message>
        <source>A Conv2D layer is a bank of kernels: each one makes its own feature map from the same input. Add another kernel to see it.</source>
        <translation>Một lớp Conv2D là một dãy bộ lọc: mỗi bộ lọc tạo bản đồ đặc trưng riêng từ cùng một đầu vào. Thêm một bộ lọc để xem.</translation>
    </message>
    <message>
        <source>Remove the kernel you are editing from the layer.</source>
        <translation>Bỏ bộ lọc bạn đang sửa khỏi lớp.</translation>
    </message>
    <message>
        <source>How many pixels the window jumps each step. Stride 2 roughly halves the output size.</source>
        <translation>Mỗi bước cửa sổ nhảy bao nhiêu điểm ảnh. Bước trượt (stride) 2 làm kích thước đầu ra giảm khoảng một nửa.</translation>
    </message>
    <message>
        <source>valid: the window stays inside the picture, so the output shrinks. same: zeros are added around the picture so that, with stride 1, the output is as big as the input.</source>
        <translation>valid: cửa sổ nằm trong ảnh, nên đầu ra nhỏ lại. same: thêm các số 0 quanh ảnh để, với bước trượt 1, đầu ra lớn bằng đầu vào.</translation>
    </message>
    <message>
        <source>Kernel size. A 3x3 preset in a 5x5 kernel gets a frame of zeros: the same sums, but the window reaches further, so &apos;valid&apos; outputs shrink more.</source>
        <translation>Kích thước bộ lọc. Một mẫu 3x3 trong bộ lọc 5x5 có khung số 0: tổng như cũ, nhưng cửa sổ vươn xa hơn, nên đầu ra &apos;valid&apos; nhỏ lại nhiều hơn.</translation>
    </message>
    <message>
        <source>A {k}x{k} kernel does not fit in a {h}x{w} picture without padding: choose padding &apos;same&apos;.</source>
        <translation>Bộ lọc {k}x{k} không vừa trong ảnh {h}x{w} khi không đệm: hãy chọn padding &apos;same&apos;.</translation>
    </message>
    <message>
        <source>The picture to convolve: a sample from a data set, or your own drawing.</source>
        <translation>Ảnh để tích chập: một mẫu từ tập dữ liệu, hoặc hình bạn tự vẽ.</translation>
    </message>
    <message>
        <source>Which slice of the kernel the table edits: the one for the red, green or blue channel.</source>
        <translation>Lát nào của bộ lọc mà bảng đang sửa: lát cho kênh đỏ, lục hay lam.</translation>
    </message>
    <message>
        <source>This layer&apos;s kernels: one feature map each</source>
        <translation>Các bộ lọc của lớp này: mỗi bộ một bản đồ đặc trưng</translation>
    </message>
    <message>
        <source>Your own (type numbers)</source>
        <translation>Của bạn (gõ số)</translation>
    </message>
    <message>
        <source>Your own numbers: watch what the output does when you change them.</source>
        <translation>Số của bạn: xem đầu ra thay đổi thế nào khi bạn sửa chúng.</translation>
    </message>
    <message>
        <source>Draw with the mouse; the picture is shrunk to {size}x{size} pixels.</source>
        <translation>Vẽ bằng chuột; ảnh được thu nhỏ về {size}x{size} điểm ảnh.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Handwritten digits (8x8)</source>
        <translation>Chữ số viết tay (8x8)</translation>
    </message>
    <message>
        <source>Shapes (28x28)</source>
        <translation>Hình (28x28)</translation>
    </message>
    <message>
        <source>MNIST digits (28x28)</source>
        <translation>Chữ số MNIST (28x28)</translation>
    </message>
    <message>
        <source>Fashion-MNIST (28x28)</source>
        <translation>Fashion-MNIST (28x28)</translation>
    </message>
    <message>
        <source>CIFAR-10 photo (32x32 colour)</source>
        <translation>Ảnh CIFAR-10 (32x32 màu)</translation>
    </message>
    <message>
        <source>Coloured shape (28x28 colour)</source>
        <translation>Hình tô màu (28x28 màu)</translation>
    </message>
    <message>
        <source>Your drawing (28x28)</source>
        <translation>Hình bạn vẽ (28x28)</translation>
    </message>
    <message>
        <source>red</source>
        <translation>đỏ</translation>
    </message>
    <message>
        <source>green</source>
        <translation>lục</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>lam</translation>
    </message>
    <message>
        <source>Output pixel row {row}, column {col} (position {pos} of {total}): the window covers input rows {top}..{bottom}, columns {left}..{right}</source>
        <translation>Điểm ảnh đầu ra hàng {row}, cột {col} (vị trí {pos}/{total}): cửa sổ phủ các hàng đầu vào {top}..{bottom}, các cột {left}..{right}</translation>
    </message>
    <message>
        <source> (negative = padding zeros)</source>
        <translation> (âm = các số 0 đệm)</translation>
    </message>
    <message>
        <source>1 feature map</source>
        <translation>1 bản đồ đặc trưng</translation>
    </message>
    <message>
        <source>{n} feature maps</source>
        <translation>{n} bản đồ đặc trưng</translation>
    </message>
    <message>
        <source>{h} x {w} input, {k} x {k} kernel, stride {stride} → {maps} of {out_h} x {out_w}.</source>
        <translation>Đầu vào {h} x {w}, bộ lọc {k} x {k}, bước trượt {stride} → {maps} cỡ {out_h} x {out_w}.</translation>
    </message>
    <message>
        <source>Per side, {formula}</source>
        <translation>Mỗi chiều, {formula}</translation>
    </message>
</context>
</TS>
