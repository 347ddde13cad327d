<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.base</name>
    <message>
        <source>{title}: {train} training and {test} test examples, each of shape {shape}.</source>
        <translation>{title}: {train} mẫu dữ liệu huấn luyện và {test} mẫu kiểm tra, mỗi mẫu có dạng (shape) {shape}.</translation>
    </message>
    <message>
        <source>{n} classes with training counts: {names}{more}.</source>
        <translation>{n} lớp (class), số mẫu huấn luyện của mỗi lớp: {names}{more}.</translation>
    </message>
    <message>
        <source>Regression: the target ranges from {low:.3g} to {high:.3g}.</source>
        <translation>Hồi quy (regression): giá trị đích trải từ {low:.3g} đến {high:.3g}.</translation>
    </message>
    <message>
        <source>Inputs: {scaling}.</source>
        <translation>Đầu vào: {scaling}.</translation>
    </message>
    <message>
        <source>the data set {title} has no setting {name!r}</source>
        <translation>tập dữ liệu {title} không có thiết lập {name!r}</translation>
    </message>
    <message>
        <source>use one of: {names}</source>
        <translation>hãy dùng một trong: {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>{name} must be a whole number, not {value!r}</source>
        <translation>{name} phải là một số nguyên, không phải {value!r}</translation>
    </message>
    <message>
        <source>{name} must be a number, not {value!r}</source>
        <translation>{name} phải là một số, không phải {value!r}</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, not {value!r}</source>
        <translation>{name} phải nằm giữa {low} và {high}, không phải {value!r}</translation>
    </message>
    <message>
        <source>{name} must be one of {choices}, not {value!r}</source>
        <translation>{name} phải là một trong {choices}, không phải {value!r}</translation>
    </message>
    <message>
        <source>{name} must be true or false, not {value!r}</source>
        <translation>{name} phải là true (đúng) hoặc false (sai), không phải {value!r}</translation>
    </message>
    <message>
        <source>How inputs are scaled. default: what suits this data set; none: raw values; divide: by the largest value a pixel can have (255, or 16 for the digits), the default for pictures, since it needs no statistics and keeps every pixel on the same scale; standardize: mean 0 and spread 1; minmax: 0..1. For tables and points, standardize and minmax work per feature (column); for pictures they use one mean and spread (or one minimum and maximum) for all pixels together, so no pixel position is scaled differently from another.</source>
        <translation>Cách co giãn (scale) đầu vào. default: cách hợp với tập dữ liệu này; none: giữ giá trị gốc; divide: chia cho giá trị lớn nhất một điểm ảnh có thể có (255, hoặc 16 với bộ chữ số), mặc định cho ảnh vì không cần thống kê gì và giữ mọi điểm ảnh cùng một thang; standardize: trung bình 0 và độ trải 1; minmax: về 0..1. Với bảng và các điểm, standardize và minmax tính riêng cho từng đặc trưng (cột); với ảnh, chúng dùng một trung bình và độ trải (hoặc một giá trị nhỏ nhất và lớn nhất) chung cho mọi điểm ảnh, nên không vị trí điểm ảnh nào bị co giãn khác vị trí khác.</translation>
    </message>
    <message>
        <source>each feature on its own</source>
        <translation>riêng từng đặc trưng</translation>
    </message>
    <message>
        <source>one statistic for all values together</source>
        <translation>một thống kê chung cho mọi giá trị</translation>
    </message>
    <message>
        <source>raw values, not scaled</source>
        <translation>giá trị gốc, không co giãn</translation>
    </message>
    <message>
        <source>divided by {d:g} (now 0..1)</source>
        <translation>chia cho {d:g} (giờ trong khoảng 0..1)</translation>
    </message>
    <message>
        <source>not scaled</source>
        <translation>không co giãn</translation>
    </message>
    <message>
        <source>standardized to mean 0, spread 1 ({scope}, from the training part)</source>
        <translation>chuẩn hóa về trung bình 0, độ trải 1 ({scope}, tính từ phần huấn luyện)</translation>
    </message>
    <message>
        <source>scaled to 0..1 ({scope}, from the training part)</source>
        <translation>co giãn về 0..1 ({scope}, tính từ phần huấn luyện)</translation>
    </message>
    <message>
        <source>unknown scaling {how!r}</source>
        <translation>không có cách co giãn {how!r}</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>số mẫu</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>nhiễu</translation>
    </message>
    <message>
        <source>test fraction</source>
        <translation>tỉ lệ kiểm tra</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>scaling</source>
        <translation>co giãn</translation>
    </message>
    <message>
        <source>blue kept</source>
        <translation>tỉ lệ giữ xanh</translation>
    </message>
    <message>
        <source>shuffle labels</source>
        <translation>xáo trộn nhãn</translation>
    </message>
    <message>
        <source>image size</source>
        <translation>cỡ ảnh</translation>
    </message>
    <message>
        <source>test samples</source>
        <translation>số mẫu kiểm tra</translation>
    </message>
    <message>
        <source>rare share</source>
        <translation>tỉ lệ hiếm</translation>
    </message>
    <message>
        <source>maxlen</source>
        <translation>maxlen</translation>
    </message>
    <message>
        <source>tunes</source>
        <translation>số bài</translation>
    </message>
    <message>
        <source>seq len</source>
        <translation>độ dài chuỗi</translation>
    </message>
    <message>
        <source>step</source>
        <translation>bước</translation>
    </message>
    <message>
        <source>task</source>
        <translation>nhiệm vụ</translation>
    </message>
    <message>
        <source>length</source>
        <translation>độ dài</translation>
    </message>
    <message>
        <source>path</source>
        <translation>đường dẫn</translation>
    </message>
    <message>
        <source>max chars</source>
        <translation>số ký tự tối đa</translation>
    </message>
    <message>
        <source>max train</source>
        <translation>tối đa huấn luyện</translation>
    </message>
    <message>
        <source>max test</source>
        <translation>tối đa kiểm tra</translation>
    </message>
    <message>
        <source>num words</source>
        <translation>số từ</translation>
    </message>
    <message>
        <source>target column</source>
        <translation>cột đích</translation>
    </message>
    <message>
        <source>ignore columns</source>
        <translation>cột bỏ qua</translation>
    </message>
    <message>
        <source>color mode</source>
        <translation>chế độ màu</translation>
    </message>
    <message>
        <source>Share of the points kept aside as the test set.</source>
        <translation>Tỉ lệ số điểm để riêng làm tập kiểm tra (test).</translation>
    </message>
    <message>
        <source>The random seed: the same seed draws the same points.</source>
        <translation>Hạt giống ngẫu nhiên (seed): cùng một seed thì vẽ ra cùng những điểm đó.</translation>
    </message>
</context>
</TS>
