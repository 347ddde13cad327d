<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.checks</name>
    <message>
        <source>the output layer</source>
        <translation>lớp đầu ra</translation>
    </message>
    <message>
        <source>the output {id}</source>
        <translation>lớp đầu ra {id}</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>Dùng {name}</translation>
    </message>
    <message>
        <source>Watch mae instead of accuracy</source>
        <translation>Theo dõi mae thay cho accuracy</translation>
    </message>
    <message>
        <source>the model has {n} Input layers, but the data set gives one input per example</source>
        <translation>mô hình có {n} lớp Input, nhưng tập dữ liệu chỉ cho một đầu vào cho mỗi mẫu dữ liệu</translation>
    </message>
    <message>
        <source>keep exactly one Input layer</source>
        <translation>hãy giữ đúng một lớp Input</translation>
    </message>
    <message>
        <source>the data gives {shape} images but the Input expects {want}</source>
        <translation>dữ liệu cho các ảnh {shape} nhưng lớp Input chờ {want}</translation>
    </message>
    <message>
        <source>the data gives {shape} sequences but the Input expects {want}</source>
        <translation>dữ liệu cho các chuỗi {shape} nhưng lớp Input chờ {want}</translation>
    </message>
    <message>
        <source>the data gives {shape} vectors but the Input expects {want}</source>
        <translation>dữ liệu cho các vectơ {shape} nhưng lớp Input chờ {want}</translation>
    </message>
    <message>
        <source>set the Input shape to {shape}</source>
        <translation>hãy đặt shape của lớp Input thành {shape}</translation>
    </message>
    <message>
        <source>Set the Input shape to {shape}</source>
        <translation>Đặt shape của Input thành {shape}</translation>
    </message>
    <message>
        <source>the model has {n} outputs, but the data set has one target per example</source>
        <translation>mô hình có {n} đầu ra, nhưng tập dữ liệu chỉ có một đích (target) cho mỗi mẫu dữ liệu</translation>
    </message>
    <message>
        <source>keep a single output layer</source>
        <translation>hãy giữ một lớp đầu ra duy nhất</translation>
    </message>
    <message>
        <source>the data wants an answer at each of {steps} steps but {output} gives {n}</source>
        <translation>dữ liệu cần một câu trả lời ở mỗi bước trong {steps} bước nhưng {output} cho {n}</translation>
    </message>
    <message>
        <source>keep the sequence&apos;s {steps} steps up to the output (no pooling)</source>
        <translation>hãy giữ nguyên {steps} bước của chuỗi tới tận đầu ra (không gộp (pooling))</translation>
    </message>
    <message>
        <source>{output} still has shape {shape} per example, but the data wants one answer per example</source>
        <translation>{output} vẫn có hình dạng {shape} cho mỗi mẫu dữ liệu, nhưng dữ liệu cần một câu trả lời cho mỗi mẫu</translation>
    </message>
    <message>
        <source>{output} still has shape {shape} per example, but the data wants one number per example</source>
        <translation>{output} vẫn có hình dạng {shape} cho mỗi mẫu dữ liệu, nhưng dữ liệu cần một số cho mỗi mẫu</translation>
    </message>
    <message>
        <source>insert a Flatten (or GlobalAveragePooling) before the last Dense layer</source>
        <translation>hãy chèn một Flatten (hoặc GlobalAveragePooling) trước lớp Dense cuối cùng</translation>
    </message>
    <message>
        <source>the data has {k} classes but the loss {loss} is meant for predicting numbers</source>
        <translation>dữ liệu có {k} lớp (class) nhưng hàm mất mát (loss) {loss} dành cho việc dự đoán số</translation>
    </message>
    <message>
        <source>use sparse_categorical_crossentropy (or binary_crossentropy for 2 classes)</source>
        <translation>hãy dùng sparse_categorical_crossentropy (hoặc binary_crossentropy cho 2 lớp (class))</translation>
    </message>
    <message>
        <source>binary_crossentropy is for two classes, but the data has {k}</source>
        <translation>binary_crossentropy dành cho hai lớp (class), nhưng dữ liệu có {k}</translation>
    </message>
    <message>
        <source>use sparse_categorical_crossentropy with a softmax output of {k} units</source>
        <translation>hãy dùng sparse_categorical_crossentropy với một đầu ra softmax gồm {k} units</translation>
    </message>
    <message>
        <source>with binary_crossentropy the output gives the probability of class 1 as one number, but {id} has {units} units</source>
        <translation>với binary_crossentropy, đầu ra cho xác suất của lớp (class) 1 dưới dạng một số, nhưng {id} có {units} units</translation>
    </message>
    <message>
        <source>set units to 1 with a sigmoid activation</source>
        <translation>hãy đặt units thành 1 với hàm kích hoạt sigmoid</translation>
    </message>
    <message>
        <source>Set units to 1, sigmoid</source>
        <translation>Đặt units thành 1, sigmoid</translation>
    </message>
    <message>
        <source>softmax over a single output is always 1, so with binary_crossentropy the network cannot learn</source>
        <translation>softmax trên một đầu ra duy nhất luôn bằng 1, nên với binary_crossentropy mạng không thể học</translation>
    </message>
    <message>
        <source>use a sigmoid activation on the output</source>
        <translation>hãy dùng hàm kích hoạt sigmoid ở đầu ra</translation>
    </message>
    <message>
        <source>binary_crossentropy expects a probability, but {id} uses the {act} activation</source>
        <translation>binary_crossentropy chờ một xác suất, nhưng {id} dùng hàm kích hoạt {act}</translation>
    </message>
    <message>
        <source>the data has {k} classes but {output} has 1 unit</source>
        <translation>dữ liệu có {k} lớp (class) nhưng {output} có 1 unit</translation>
    </message>
    <message>
        <source>the data has {k} classes but {output} has {units} units</source>
        <translation>dữ liệu có {k} lớp (class) nhưng {output} có {units} units</translation>
    </message>
    <message>
        <source>set units to {k}, one per class</source>
        <translation>hãy đặt units thành {k}, mỗi lớp (class) một unit</translation>
    </message>
    <message>
        <source>Set units to {k}</source>
        <translation>Đặt units thành {k}</translation>
    </message>
    <message>
        <source>{loss} expects class probabilities that add up to 1, but {id} uses the {act} activation</source>
        <translation>{loss} chờ các xác suất của các lớp (class) có tổng bằng 1, nhưng {id} dùng hàm kích hoạt {act}</translation>
    </message>
    <message>
        <source>use a softmax activation on the output</source>
        <translation>hãy dùng hàm kích hoạt softmax ở đầu ra</translation>
    </message>
    <message>
        <source>the data asks for a number (regression), but {loss} is for choosing between classes</source>
        <translation>dữ liệu cần dự đoán một số (hồi quy, regression), nhưng {loss} dành cho việc chọn giữa các lớp (class)</translation>
    </message>
    <message>
        <source>use mean_squared_error as the loss</source>
        <translation>hãy dùng mean_squared_error làm hàm mất mát (loss)</translation>
    </message>
    <message>
        <source>the data has {n} number(s) to predict per example but {output} has {units} units</source>
        <translation>dữ liệu có {n} số cần dự đoán cho mỗi mẫu dữ liệu nhưng {output} có {units} units</translation>
    </message>
    <message>
        <source>set units to {n}</source>
        <translation>hãy đặt units thành {n}</translation>
    </message>
    <message>
        <source>the targets run from {low} to {high}, but softmax over one output is always 1</source>
        <translation>các giá trị đích chạy từ {low} đến {high}, nhưng softmax trên một đầu ra luôn bằng 1</translation>
    </message>
    <message>
        <source>the targets run from {low} to {high}, but sigmoid only gives values between 0 and 1</source>
        <translation>các giá trị đích chạy từ {low} đến {high}, nhưng sigmoid chỉ cho giá trị trong khoảng 0 đến 1</translation>
    </message>
    <message>
        <source>use a linear activation on the output</source>
        <translation>hãy dùng hàm kích hoạt linear ở đầu ra</translation>
    </message>
    <message>
        <source>accuracy counts exact hits, which means nothing when predicting numbers</source>
        <translation>accuracy đếm số lần đoán trúng chính xác, điều này vô nghĩa khi dự đoán số</translation>
    </message>
    <message>
        <source>watch mae instead of accuracy</source>
        <translation>hãy theo dõi mae thay cho accuracy</translation>
    </message>
    <message>
        <source>the word numbers in the data go up to {top}, but the Embedding layer only has rows for 0 to {last} (input_dim {dim})</source>
        <translation>số hiệu từ trong dữ liệu lên tới {top}, nhưng lớp Embedding chỉ có hàng cho 0 đến {last} (input_dim {dim})</translation>
    </message>
    <message>
        <source>the word numbers in the data go up to {top}, but the Embedding {id} only has rows for 0 to {last} (input_dim {dim})</source>
        <translation>số hiệu từ trong dữ liệu lên tới {top}, nhưng lớp Embedding {id} chỉ có hàng cho 0 đến {last} (input_dim {dim})</translation>
    </message>
    <message>
        <source>set input_dim to {n}, one more than the largest word number</source>
        <translation>hãy đặt input_dim thành {n}, lớn hơn số hiệu từ lớn nhất một đơn vị</translation>
    </message>
    <message>
        <source>Set input_dim to {n}</source>
        <translation>Đặt input_dim thành {n}</translation>
    </message>
    <message>
        <source>{id} mirrors the training digits, but a mirrored digit is often no longer that digit (a mirrored 2, 3 or 7), so its label would be wrong</source>
        <translation>{id} lật gương các chữ số huấn luyện, nhưng một chữ số bị lật gương thường không còn là chữ số đó (số 2, 3 hay 7 lật gương), nên nhãn của nó sẽ sai</translation>
    </message>
    <message>
        <source>remove the RandomFlip; to vary the digits, use RandomTranslation or a small RandomRotation instead</source>
        <translation>hãy bỏ RandomFlip; để làm các chữ số đa dạng hơn, hãy dùng RandomTranslation hoặc một RandomRotation nhỏ</translation>
    </message>
    <message>
        <source>the batch size {bs} is larger than the {n} training examples, so each epoch makes a single update</source>
        <translation>kích thước lô (batch size) {bs} lớn hơn {n} mẫu huấn luyện, nên mỗi epoch chỉ cập nhật một lần</translation>
    </message>
    <message>
        <source>use a batch size of at most {n}</source>
        <translation>hãy dùng kích thước lô nhiều nhất là {n}</translation>
    </message>
    <message>
        <source>end with a Reshape to {shape}</source>
        <translation>hãy kết thúc bằng một Reshape thành {shape}</translation>
    </message>
    <message>
        <source>the model learns to rebuild its input, so its output must have the input&apos;s shape {shape}, but {id} gives {gives}</source>
        <translation>mô hình học cách tái tạo đầu vào của nó, nên đầu ra phải có hình dạng {shape} của đầu vào, nhưng {id} cho {gives}</translation>
    </message>
    <message>
        <source>the model rebuilds its input, values rather than classes, but {loss} is for choosing between classes</source>
        <translation>mô hình tái tạo đầu vào của nó, tức là các giá trị chứ không phải các lớp (class), nhưng {loss} dành cho việc chọn giữa các lớp</translation>
    </message>
    <message>
        <source>binary_crossentropy compares values between 0 and 1, so the output needs a sigmoid activation</source>
        <translation>binary_crossentropy so sánh các giá trị trong khoảng 0 đến 1, nên đầu ra cần hàm kích hoạt sigmoid</translation>
    </message>
    <message>
        <source>use a sigmoid activation on the output, or mean_squared_error as the loss</source>
        <translation>hãy dùng hàm kích hoạt sigmoid ở đầu ra, hoặc mean_squared_error làm hàm mất mát (loss)</translation>
    </message>
    <message>
        <source>accuracy counts exact hits, which means nothing when rebuilding pixel values</source>
        <translation>accuracy đếm số lần đoán trúng chính xác, điều này vô nghĩa khi tái tạo giá trị điểm ảnh</translation>
    </message>
</context>
</TS>
