<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.inspect.panel</name>
    <message>
        <source>Each input channel</source>
        <translation>Từng kênh đầu vào</translation>
    </message>
    <message>
        <source>Averaged over channels</source>
        <translation>Trung bình qua các kênh</translation>
    </message>
    <message>
        <source>Scrub through the snapshots taken at each epoch</source>
        <translation>Kéo qua các ảnh chụp được lưu ở mỗi epoch</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>{epoch} of {last}</source>
        <translation>{epoch}/{last}</translation>
    </message>
    <message>
        <source>(before training)</source>
        <translation>(trước khi huấn luyện)</translation>
    </message>
    <message>
        <source>one square per filter</source>
        <translation>mỗi bộ lọc một ô vuông</translation>
    </message>
    <message>
        <source>{name}: {n} filters of {size} ({how})</source>
        <translation>{name}: {n} bộ lọc cỡ {size} ({how})</translation>
    </message>
    <message>
        <source>what the model sees</source>
        <translation>điều mô hình thấy</translation>
    </message>
    <message>
        <source>input</source>
        <translation>đầu vào</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> bước</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Excite</source>
        <translation>Kích thích</translation>
    </message>
    <message>
        <source>class (output of {layer})</source>
        <translation>lớp (class) (đầu ra của {layer})</translation>
    </message>
    <message>
        <source>filter of {layer}</source>
        <translation>bộ lọc của {layer}</translation>
    </message>
    <message>
        <source>class</source>
        <translation>lớp</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>bộ lọc</translation>
    </message>
    <message>
        <source>Starting from faint noise…</source>
        <translation>Bắt đầu từ nhiễu mờ…</translation>
    </message>
    <message>
        <source>Step {n} of {total}…</source>
        <translation>Bước {n}/{total}…</translation>
    </message>
    <message>
        <source>Could not run.</source>
        <translation>Không chạy được.</translation>
    </message>
    <message>
        <source>Done after {steps} steps: {what} {i} answers {value:.3g} to this picture (it answered {start:.3g} to the starting noise).</source>
        <translation>Xong sau {steps} bước: {what} {i} trả lời {value:.3g} với ảnh này (nó trả lời {start:.3g} với nhiễu ban đầu).</translation>
    </message>
    <message>
        <source>saliency</source>
        <translation>độ nổi bật</translation>
    </message>
    <message>
        <source>overlay</source>
        <translation>chồng lên</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Giải thích</translation>
    </message>
    <message>
        <source>the predicted class</source>
        <translation>lớp dự đoán</translation>
    </message>
    <message>
        <source>class {name}</source>
        <translation>lớp {name}</translation>
    </message>
    <message>
        <source>saliency for class {name}</source>
        <translation>độ nổi bật cho lớp {name}</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>nơ-ron</translation>
    </message>
    <message>
        <source>weights over epochs</source>
        <translation>trọng số qua các epoch</translation>
    </message>
    <message>
        <source>outputs over epochs</source>
        <translation>đầu ra qua các epoch</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>giá trị trọng số</translation>
    </message>
    <message>
        <source>output value</source>
        <translation>giá trị đầu ra</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>{name}: {inputs} inputs × {units} units</source>
        <translation>{name}: {inputs} đầu vào × {units} nơ-ron</translation>
    </message>
    <message>
        <source>{dead} of {units}</source>
        <translation>{dead}/{units}</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>lớp</translation>
    </message>
    <message>
        <source>weight spread (std)</source>
        <translation>độ trải trọng số (std)</translation>
    </message>
    <message>
        <source>outputs (mean ± std)</source>
        <translation>đầu ra (trung bình ± std)</translation>
    </message>
    <message>
        <source>dead ReLUs</source>
        <translation>ReLU chết</translation>
    </message>
    <message>
        <source>&lt;b&gt;Epoch {epoch}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Epoch {epoch}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{name} ({n} neurons)</source>
        <translation>{name} ({n} nơ-ron)</translation>
    </message>
    <message>
        <source>top to bottom: {layers} — each layer scaled to its largest output</source>
        <translation>từ trên xuống: {layers} — mỗi lớp co giãn theo đầu ra lớn nhất của nó</translation>
    </message>
    <message>
        <source>Convolution lab</source>
        <translation>Phòng thí nghiệm tích chập</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>Bản đồ đặc trưng</translation>
    </message>
    <message>
        <source>What excites a filter</source>
        <translation>Điều kích thích bộ lọc</translation>
    </message>
    <message>
        <source>Saliency</source>
        <translation>Độ nổi bật</translation>
    </message>
    <message>
        <source>Dense layers</source>
        <translation>Lớp Dense</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>Nơ-ron</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>This project has more than one network: choose the one to look inside.</source>
        <translation>Dự án này có nhiều hơn một mạng: hãy chọn mạng muốn xem bên trong.</translation>
    </message>
    <message>
        <source>Look inside:</source>
        <translation>Xem bên trong:</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Đã có lỗi.</translation>
    </message>
</context>
</TS>
