<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.convolution</name>
    <message>
        <source>Identity</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <source>Copies the image: only the pixel under the centre counts.</source>
        <translation>Sao chép ảnh: chỉ điểm ảnh nằm dưới tâm được tính.</translation>
    </message>
    <message>
        <source>Horizontal edges</source>
        <translation>Cạnh ngang</translation>
    </message>
    <message>
        <source>Row above minus row below: positive where high values sit above low ones, negative the other way round, 0 on flat areas.</source>
        <translation>Hàng trên trừ hàng dưới: dương ở chỗ giá trị cao nằm trên giá trị thấp, âm khi ngược lại, 0 ở vùng phẳng.</translation>
    </message>
    <message>
        <source>Vertical edges</source>
        <translation>Cạnh dọc</translation>
    </message>
    <message>
        <source>Left column minus right column: positive where high values are left of low ones, negative the other way round.</source>
        <translation>Cột trái trừ cột phải: dương ở chỗ giá trị cao nằm bên trái giá trị thấp, âm khi ngược lại.</translation>
    </message>
    <message>
        <source>Diagonal edges (\)</source>
        <translation>Cạnh chéo (\)</translation>
    </message>
    <message>
        <source>Upper-right corner minus lower-left corner: finds edges running from top left to bottom right.</source>
        <translation>Góc trên bên phải trừ góc dưới bên trái: tìm các cạnh chạy từ trên bên trái xuống dưới bên phải.</translation>
    </message>
    <message>
        <source>Diagonal edges (/)</source>
        <translation>Cạnh chéo (/)</translation>
    </message>
    <message>
        <source>Upper-left corner minus lower-right corner: finds edges running from bottom left to top right.</source>
        <translation>Góc trên bên trái trừ góc dưới bên phải: tìm các cạnh chạy từ dưới bên trái lên trên bên phải.</translation>
    </message>
    <message>
        <source>Sobel x</source>
        <translation>Sobel x</translation>
    </message>
    <message>
        <source>How fast the values grow to the right; the middle row counts double, which smooths out noise.</source>
        <translation>Giá trị tăng nhanh đến đâu khi đi sang phải; hàng giữa được tính gấp đôi, giúp làm mượt nhiễu.</translation>
    </message>
    <message>
        <source>Sobel y</source>
        <translation>Sobel y</translation>
    </message>
    <message>
        <source>How fast the values grow downwards; the middle column counts double.</source>
        <translation>Giá trị tăng nhanh đến đâu khi đi xuống dưới; cột giữa được tính gấp đôi.</translation>
    </message>
    <message>
        <source>Strong edges (Laplacian)</source>
        <translation>Cạnh mạnh (Laplacian)</translation>
    </message>
    <message>
        <source>Centre minus its 8 neighbours: 0 on flat areas, large at edges in every direction.</source>
        <translation>Tâm trừ 8 điểm lân cận: 0 ở vùng phẳng, lớn ở các cạnh theo mọi hướng.</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Làm nét</translation>
    </message>
    <message>
        <source>The pixel plus how much it differs from its 4 neighbours: edges get crisper.</source>
        <translation>Điểm ảnh cộng với mức nó khác 4 điểm lân cận: các cạnh trở nên sắc nét hơn.</translation>
    </message>
    <message>
        <source>Box blur 3x3</source>
        <translation>Làm mờ trung bình 3x3</translation>
    </message>
    <message>
        <source>The plain average of 9 pixels: the picture gets softer.</source>
        <translation>Trung bình cộng của 9 điểm ảnh: ảnh trở nên mềm hơn.</translation>
    </message>
    <message>
        <source>Box blur 5x5</source>
        <translation>Làm mờ trung bình 5x5</translation>
    </message>
    <message>
        <source>The plain average of 25 pixels: a stronger blur.</source>
        <translation>Trung bình cộng của 25 điểm ảnh: mờ mạnh hơn.</translation>
    </message>
    <message>
        <source>Gaussian blur 3x3</source>
        <translation>Làm mờ Gauss 3x3</translation>
    </message>
    <message>
        <source>A weighted average: near pixels count more than far ones, a gentler blur.</source>
        <translation>Một trung bình có trọng số: điểm ảnh gần được tính nhiều hơn điểm xa, mờ nhẹ nhàng hơn.</translation>
    </message>
    <message>
        <source>Gaussian blur 5x5</source>
        <translation>Làm mờ Gauss 5x5</translation>
    </message>
    <message>
        <source>A wider weighted average over 25 pixels, centre counting most.</source>
        <translation>Một trung bình có trọng số rộng hơn trên 25 điểm ảnh, điểm ở tâm được tính nhiều nhất.</translation>
    </message>
    <message>
        <source>Emboss</source>
        <translation>Chạm nổi</translation>
    </message>
    <message>
        <source>Lower-right minus upper-left plus the pixel itself: edges look raised, as if lit from one side.</source>
        <translation>Góc dưới bên phải trừ góc trên bên trái, cộng chính điểm ảnh: các cạnh trông như nổi lên, như được chiếu sáng từ một phía.</translation>
    </message>
</context>
</TS>
