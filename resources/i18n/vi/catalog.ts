<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>catalog</name>
    <message>
        <source>{name} needs a value</source>
        <translation>{name} cần có một giá trị</translation>
    </message>
    <message>
        <source>{name} must be true or false</source>
        <translation>{name} phải là đúng hoặc sai (true hoặc false)</translation>
    </message>
    <message>
        <source>{name} must be a whole number, not {value}</source>
        <translation>{name} phải là một số nguyên, không phải {value}</translation>
    </message>
    <message>
        <source>{name} must be a number, not {value}</source>
        <translation>{name} phải là một số, không phải {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number</source>
        <translation>{name} phải là một số hữu hạn</translation>
    </message>
    <message>
        <source>{name} must be one of {options}, not {value}</source>
        <translation>{name} phải là một trong {options}, không phải {value}</translation>
    </message>
    <message>
        <source>{name} must be text</source>
        <translation>{name} phải là văn bản</translation>
    </message>
    <message>
        <source>{name} must be greater than {min}, not {value}</source>
        <translation>{name} phải lớn hơn {min}, không phải {value}</translation>
    </message>
    <message>
        <source>{name} must be at least {min}, not {value}</source>
        <translation>{name} phải ít nhất là {min}, không phải {value}</translation>
    </message>
    <message>
        <source>{name} must be at most {max}, not {value}</source>
        <translation>{name} phải nhiều nhất là {max}, không phải {value}</translation>
    </message>
    <message>
        <source>{name} must be a list of whole numbers</source>
        <translation>{name} phải là một danh sách số nguyên</translation>
    </message>
    <message>
        <source>{name} must be a list of {n} whole numbers</source>
        <translation>{name} phải là một danh sách {n} số nguyên</translation>
    </message>
    <message>
        <source>{name} per side must be {n} pairs [before, after], one per axis, e.g. {example}, not {value}</source>
        <translation>{name} theo từng bên phải gồm {n} cặp [trước, sau], mỗi trục một cặp, ví dụ {example}, không phải {value}</translation>
    </message>
    <message>
        <source>{name} must have {n} values, not {given}</source>
        <translation>{name} phải có {n} giá trị, không phải {given}</translation>
    </message>
    <message>
        <source>{name} must be a whole number or a list of them, not {value}</source>
        <translation>{name} phải là một số nguyên hoặc một danh sách số nguyên, không phải {value}</translation>
    </message>
    <message>
        <source>{name} must contain whole numbers only, not {value}</source>
        <translation>{name} chỉ được chứa số nguyên, không phải {value}</translation>
    </message>
    <message>
        <source>{name} must be a list of sizes such as [28, 28, 1]</source>
        <translation>{name} phải là một danh sách kích thước, ví dụ [28, 28, 1]</translation>
    </message>
    <message>
        <source>every size in {name} must be a positive whole number, not {value}</source>
        <translation>mỗi kích thước trong {name} phải là một số nguyên dương, không phải {value}</translation>
    </message>
    <message>
        <source>{name} must be a number or a list of numbers such as [0.5, 0.4, 0.4]</source>
        <translation>{name} phải là một số hoặc một danh sách số, ví dụ [0.5, 0.4, 0.4]</translation>
    </message>
    <message>
        <source>every value in {name} must be a finite number, not {value}</source>
        <translation>mỗi giá trị trong {name} phải là một số hữu hạn, không phải {value}</translation>
    </message>
    <message>
        <source>{name} must be l1, l2 or l1_l2</source>
        <translation>{name} phải là l1, l2 hoặc l1_l2</translation>
    </message>
    <message>
        <source>{name} must name L1, L2 or L1L2 with its factors</source>
        <translation>{name} phải ghi rõ L1, L2 hoặc L1L2 cùng các hệ số của nó</translation>
    </message>
    <message>
        <source>{name} has an unknown factor {key}</source>
        <translation>{name} có một hệ số không rõ {key}</translation>
    </message>
    <message>
        <source>{name} factor {key} must be a number of at least 0</source>
        <translation>hệ số {key} của {name} phải là một số không nhỏ hơn 0</translation>
    </message>
    <message>
        <source>{name} must be none, l1, l2 or l1_l2</source>
        <translation>{name} phải là none, l1, l2 hoặc l1_l2</translation>
    </message>
    <message>
        <source>{name} must be an initializer&apos;s name or a constant, e.g. {{&apos;class_name&apos;: &apos;Constant&apos;, &apos;config&apos;: {{&apos;value&apos;: -1.0}}}}</source>
        <translation>{name} phải là tên của một bộ khởi tạo (initializer) hoặc một hằng số, ví dụ {{&apos;class_name&apos;: &apos;Constant&apos;, &apos;config&apos;: {{&apos;value&apos;: -1.0}}}}</translation>
    </message>
    <message>
        <source>{name} must name the wrapped layer, e.g. {{&apos;type&apos;: &apos;LSTM&apos;, &apos;params&apos;: {{...}}}}</source>
        <translation>{name} phải ghi rõ lớp được bọc, ví dụ {{&apos;type&apos;: &apos;LSTM&apos;, &apos;params&apos;: {{...}}}}</translation>
    </message>
    <message>
        <source>{name} can wrap {allowed}, not {value}</source>
        <translation>{name} có thể bọc {allowed}, không phải {value}</translation>
    </message>
    <message>
        <source>wrapped {layer}: {problem}</source>
        <translation>lớp {layer} được bọc: {problem}</translation>
    </message>
    <message>
        <source>{layer} has no parameter {key} (it takes: {known})</source>
        <translation>{layer} không có tham số {key} (nó nhận: {known})</translation>
    </message>
    <message>
        <source>{n} or more inputs</source>
        <translation>{n} đầu vào trở lên</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 đầu vào</translation>
    </message>
    <message>
        <source>{n} inputs</source>
        <translation>{n} đầu vào</translation>
    </message>
    <message>
        <source>{low} to {high} inputs</source>
        <translation>từ {low} đến {high} đầu vào</translation>
    </message>
    <message>
        <source>deskdl does not know a layer called {name}</source>
        <translation>deskdl không biết lớp nào tên là {name}</translation>
    </message>
    <message>
        <source>pick a layer from the palette, or check the spelling of &apos;type&apos;</source>
        <translation>hãy chọn một lớp trong bảng Các lớp, hoặc kiểm tra lại cách viết của &apos;type&apos;</translation>
    </message>
    <message>
        <source>{layer} has no parameter {key}</source>
        <translation>{layer} không có tham số {key}</translation>
    </message>
    <message>
        <source>{layer}: {what} does not fit inside its input {shape}, so the output would have size {n_out} (input size {n_in})</source>
        <translation>{layer}: {what} không vừa bên trong đầu vào {shape} của nó, nên đầu ra sẽ có kích thước {n_out} (kích thước đầu vào {n_in})</translation>
    </message>
    <message>
        <source>the kernel (spanning {span} with its dilation)</source>
        <translation>bộ lọc (kernel) (trải rộng {span} tính cả độ giãn (dilation))</translation>
    </message>
    <message>
        <source>use a smaller kernel_size or dilation_rate, or set padding to &apos;same&apos;</source>
        <translation>hãy dùng kernel_size hoặc dilation_rate nhỏ hơn, hoặc đặt padding thành &apos;same&apos;</translation>
    </message>
    <message>
        <source>{layer} cannot use strides above 1 together with a dilation_rate above 1</source>
        <translation>{layer} không thể dùng strides lớn hơn 1 cùng lúc với dilation_rate lớn hơn 1</translation>
    </message>
    <message>
        <source>set strides or dilation_rate back to 1</source>
        <translation>hãy đặt strides hoặc dilation_rate về lại 1</translation>
    </message>
    <message>
        <source>its input channels ({channels}) and filters ({filters})</source>
        <translation>số kênh đầu vào ({channels}) và filters ({filters}) của nó</translation>
    </message>
    <message>
        <source>its input channels ({channels})</source>
        <translation>số kênh đầu vào ({channels}) của nó</translation>
    </message>
    <message>
        <source>filters ({filters})</source>
        <translation>filters ({filters})</translation>
    </message>
    <message>
        <source>{layer} with groups {groups} splits the channels into {groups} groups, but {what} cannot be split into {groups} equal parts</source>
        <translation>{layer} với groups {groups} chia các kênh thành {groups} nhóm, nhưng {what} không chia được thành {groups} phần bằng nhau</translation>
    </message>
    <message>
        <source>set groups to a number that divides both the input channels ({channels}) and filters ({filters}), e.g. 1</source>
        <translation>hãy đặt groups thành một số chia hết cả số kênh đầu vào ({channels}) lẫn filters ({filters}), ví dụ 1</translation>
    </message>
    <message>
        <source>the pool window {size}</source>
        <translation>cửa sổ gộp (pooling) {size}</translation>
    </message>
    <message>
        <source>use a smaller pool_size, or set padding to &apos;same&apos;</source>
        <translation>hãy dùng pool_size nhỏ hơn, hoặc đặt padding thành &apos;same&apos;</translation>
    </message>
    <message>
        <source>{n} from both sides</source>
        <translation>{n} ở cả hai bên</translation>
    </message>
    <message>
        <source>Cropping2D would cut {how} off a height of only {n}, leaving nothing</source>
        <translation>Cropping2D sẽ cắt {how} khỏi chiều cao chỉ có {n}, không còn lại gì</translation>
    </message>
    <message>
        <source>Cropping2D would cut {how} off a width of only {n}, leaving nothing</source>
        <translation>Cropping2D sẽ cắt {how} khỏi chiều rộng chỉ có {n}, không còn lại gì</translation>
    </message>
    <message>
        <source>crop less than {n} in total on that axis</source>
        <translation>hãy cắt tổng cộng ít hơn {n} trên trục đó</translation>
    </message>
    <message>
        <source>Dense needs at least one feature axis</source>
        <translation>Dense cần ít nhất một trục đặc trưng</translation>
    </message>
    <message>
        <source>connect a layer with outputs</source>
        <translation>hãy nối một lớp có đầu ra vào nó</translation>
    </message>
    <message>
        <source>Dense needs the size of the last axis to be known, but it is variable</source>
        <translation>Dense cần biết kích thước của trục cuối cùng, nhưng kích thước này thay đổi được</translation>
    </message>
    <message>
        <source>give the Input a fixed size, or pool/flatten first</source>
        <translation>hãy cho lớp Input một kích thước cố định, hoặc gộp (pooling)/làm phẳng (Flatten) trước</translation>
    </message>
    <message>
        <source>Dense receives {what} and works on each position separately, so its output is {out} rather than one vector per example</source>
        <translation>Dense nhận {what} và xử lý từng vị trí riêng rẽ, nên đầu ra của nó là {out} chứ không phải một vectơ cho mỗi mẫu dữ liệu</translation>
    </message>
    <message>
        <source>insert a Flatten (or a global pooling layer) before it to turn the image into a vector</source>
        <translation>hãy chèn một lớp Flatten (hoặc một lớp gộp toàn cục) trước nó để biến ảnh thành một vectơ</translation>
    </message>
    <message>
        <source>Insert Flatten</source>
        <translation>Chèn Flatten</translation>
    </message>
    <message>
        <source>Dropout noise_shape {noise} has {n} sizes but its input {shape} has {axes} axes counting the batch</source>
        <translation>noise_shape {noise} của Dropout có {n} kích thước nhưng đầu vào {shape} của nó có {axes} trục tính cả trục lô (batch)</translation>
    </message>
    <message>
        <source>give one size per axis, the batch first, e.g. {example}</source>
        <translation>hãy cho mỗi trục một kích thước, trục lô đứng đầu, ví dụ {example}</translation>
    </message>
    <message>
        <source>Dropout noise_shape {noise} does not fit its input {shape}: each size must be 1 (one draw shared along that axis), none or the input&apos;s own size</source>
        <translation>noise_shape {noise} của Dropout không khớp với đầu vào {shape}: mỗi kích thước phải là 1 (một lần rút dùng chung dọc theo trục đó), none hoặc chính kích thước của đầu vào</translation>
    </message>
    <message>
        <source>use e.g. {example} to drop whole examples</source>
        <translation>hãy dùng ví dụ {example} để bỏ cả mẫu dữ liệu</translation>
    </message>
    <message>
        <source>Reshape can guess at most one size (-1) in target_shape</source>
        <translation>Reshape chỉ có thể tự tính nhiều nhất một kích thước (-1) trong target_shape</translation>
    </message>
    <message>
        <source>replace all but one -1 by a real size</source>
        <translation>hãy thay mọi -1 trừ một cái bằng kích thước thật</translation>
    </message>
    <message>
        <source>Reshape to {target} needs {need} values but its input {shape} holds {n}</source>
        <translation>Reshape thành {target} cần {need} giá trị nhưng đầu vào {shape} của nó chứa {n}</translation>
    </message>
    <message>
        <source>choose a target whose sizes multiply to the same number, or put -1 for one size to let deskdl work it out</source>
        <translation>hãy chọn hình dạng đích có tích các kích thước bằng đúng số đó, hoặc đặt -1 cho một kích thước để deskdl tự tính</translation>
    </message>
    <message>
        <source>Reshape to {target} cannot work: the input {shape} holds {n} values, which do not split evenly into groups of {known}</source>
        <translation>Reshape thành {target} không thể thực hiện: đầu vào {shape} chứa {n} giá trị, không chia đều được thành các nhóm {known}</translation>
    </message>
    <message>
        <source>change the fixed sizes so that they divide the number of values</source>
        <translation>hãy đổi các kích thước cố định sao cho chúng chia hết số giá trị</translation>
    </message>
    <message>
        <source>Permute dims {dims} must list each axis number 1, 2, ... exactly once</source>
        <translation>dims {dims} của Permute phải liệt kê mỗi số trục 1, 2, ... đúng một lần</translation>
    </message>
    <message>
        <source>write the axes in their new order, e.g. [2, 1] swaps the first two</source>
        <translation>hãy viết các trục theo thứ tự mới, ví dụ [2, 1] đổi chỗ hai trục đầu</translation>
    </message>
    <message>
        <source>Permute dims {dims} name {n} axes but its input {shape} has {rank}</source>
        <translation>dims {dims} của Permute nêu {n} trục nhưng đầu vào {shape} của nó có {rank}</translation>
    </message>
    <message>
        <source>list all {rank} axes, e.g. {example}</source>
        <translation>hãy liệt kê đủ {rank} trục, ví dụ {example}</translation>
    </message>
    <message>
        <source>RepeatVector needs a flat vector but receives {what}</source>
        <translation>RepeatVector cần một vectơ phẳng nhưng nhận {what}</translation>
    </message>
    <message>
        <source>insert a Flatten before it</source>
        <translation>hãy chèn một lớp Flatten trước nó</translation>
    </message>
    <message>
        <source>{layer} needs a fixed size on axis {axis}, but it is variable</source>
        <translation>{layer} cần một kích thước cố định trên trục {axis}, nhưng kích thước này thay đổi được</translation>
    </message>
    <message>
        <source>give the Input a fixed size on that axis</source>
        <translation>hãy cho lớp Input một kích thước cố định trên trục đó</translation>
    </message>
    <message>
        <source>LayerScale needs at least one feature axis</source>
        <translation>LayerScale cần ít nhất một trục đặc trưng</translation>
    </message>
    <message>
        <source>Sampling draws one random value per mean, so mean and log_var must have the same shape, but mean is {mean} and log_var is {log_var}</source>
        <translation>Sampling rút một giá trị ngẫu nhiên cho mỗi giá trị trung bình, nên mean và log_var phải có cùng hình dạng, nhưng mean là {mean} còn log_var là {log_var}</translation>
    </message>
    <message>
        <source>give the two Dense layers that feed it the same number of units</source>
        <translation>hãy cho hai lớp Dense đưa vào nó cùng một số units</translation>
    </message>
    <message>
        <source>PositionalEncoding marks the position of each step, so it needs a sequence (steps, features) but receives {what}</source>
        <translation>PositionalEncoding đánh dấu vị trí của mỗi bước, nên nó cần một chuỗi (bước, đặc trưng) nhưng nhận {what}</translation>
    </message>
    <message>
        <source>put it right after an Embedding layer</source>
        <translation>hãy đặt nó ngay sau một lớp Embedding</translation>
    </message>
    <message>
        <source>{layer} combines its inputs value by value, so their shapes must match, but it receives {a} and {b}</source>
        <translation>{layer} kết hợp các đầu vào theo từng giá trị, nên hình dạng của chúng phải khớp nhau, nhưng nó nhận {a} và {b}</translation>
    </message>
    <message>
        <source>make both branches end in the same shape (e.g. the same number of units or filters), or use Concatenate to put them side by side</source>
        <translation>hãy cho cả hai nhánh kết thúc với cùng một hình dạng (ví dụ cùng số units hoặc filters), hoặc dùng Concatenate để đặt chúng cạnh nhau</translation>
    </message>
    <message>
        <source>Concatenate needs inputs with the same number of axes, but receives {shapes}</source>
        <translation>Concatenate cần các đầu vào có cùng số trục, nhưng nhận {shapes}</translation>
    </message>
    <message>
        <source>Flatten or Reshape the branches so they have the same number of axes</source>
        <translation>hãy dùng Flatten hoặc Reshape cho các nhánh để chúng có cùng số trục</translation>
    </message>
    <message>
        <source>Concatenate axis {axis} does not exist for inputs shaped {shape}</source>
        <translation>trục {axis} của Concatenate không tồn tại với các đầu vào có hình dạng {shape}</translation>
    </message>
    <message>
        <source>use axis -1 (the last axis), or a number from 1 to {last}</source>
        <translation>hãy dùng axis -1 (trục cuối cùng), hoặc một số từ 1 đến {last}</translation>
    </message>
    <message>
        <source>Concatenate joins along axis {axis}, so every other axis must match, but it receives {shapes}</source>
        <translation>Concatenate nối theo trục {axis}, nên mọi trục còn lại phải khớp nhau, nhưng nó nhận {shapes}</translation>
    </message>
    <message>
        <source>make the branches agree on those sizes (e.g. with padding &apos;same&apos; or pooling), or concatenate along another axis</source>
        <translation>hãy cho các nhánh thống nhất các kích thước đó (ví dụ bằng padding &apos;same&apos; hoặc gộp (pooling)), hoặc nối theo một trục khác</translation>
    </message>
    <message>
        <source>Normalization has a {given} but no {missing}; it needs both or neither</source>
        <translation>Normalization có {given} nhưng không có {missing}; nó cần cả hai hoặc không cái nào</translation>
    </message>
    <message>
        <source>set {missing} too, or clear {given} to measure both from the data (adapt)</source>
        <translation>hãy đặt cả {missing}, hoặc xóa {given} để đo cả hai từ dữ liệu (adapt)</translation>
    </message>
    <message>
        <source>Normalization needs a fixed size on axis {axis}, but it is variable</source>
        <translation>Normalization cần một kích thước cố định trên trục {axis}, nhưng kích thước này thay đổi được</translation>
    </message>
    <message>
        <source>give the Input a fixed size on that axis, or set axis to none</source>
        <translation>hãy cho lớp Input một kích thước cố định trên trục đó, hoặc đặt axis thành none</translation>
    </message>
    <message>
        <source>Normalization {name} has {n} values but axis {axis} of its input {shape} has {d} channels</source>
        <translation>{name} của Normalization có {n} giá trị nhưng trục {axis} của đầu vào {shape} có {d} kênh</translation>
    </message>
    <message>
        <source>give one {name} per channel ({d} values), or a single value for all</source>
        <translation>hãy cho mỗi kênh một {name} ({d} giá trị), hoặc một giá trị duy nhất cho tất cả</translation>
    </message>
    <message>
        <source>a single number</source>
        <translation>một số duy nhất</translation>
    </message>
    <message>
        <source>a list of {n}</source>
        <translation>một danh sách {n} số</translation>
    </message>
    <message>
        <source>Normalization has {mean} as mean but {variance} as variance; Keras needs both written the same way</source>
        <translation>Normalization có mean là {mean} nhưng variance là {variance}; Keras cần cả hai được viết theo cùng một cách</translation>
    </message>
    <message>
        <source>give both one value per channel ({d}), or both a single number</source>
        <translation>hãy cho cả hai mỗi kênh một giá trị ({d}), hoặc cả hai một số duy nhất</translation>
    </message>
    <message>
        <source>{layer} augments images and</source>
        <translation>{layer} biến đổi ảnh để tăng cường dữ liệu và</translation>
    </message>
    <message>
        <source>&apos;caffe&apos; mode: colours turned from RGB to BGR, then the ImageNet mean subtracted from each channel, no scaling</source>
        <translation>chế độ &apos;caffe&apos;: màu được đổi từ RGB sang BGR, rồi trừ đi giá trị trung bình của ImageNet ở từng kênh, không co giãn</translation>
    </message>
    <message>
        <source>a pass-through: the model rescales pixels itself (its first layers normalise 0-255 pixels)</source>
        <translation>không làm gì: mô hình tự co giãn điểm ảnh (các lớp đầu tiên của nó chuẩn hóa điểm ảnh 0-255)</translation>
    </message>
    <message>
        <source>a pass-through: the model rescales pixels itself (a Rescaling and a Normalization layer inside it take 0-255 pixels)</source>
        <translation>không làm gì: mô hình tự co giãn điểm ảnh (một lớp Rescaling và một lớp Normalization bên trong nó nhận điểm ảnh 0-255)</translation>
    </message>
    <message>
        <source>a pass-through: the model rescales pixels itself (inside it, B0-B3 divide 0-255 pixels by 255 and normalise each channel by the ImageNet mean and standard deviation; S, M and L scale them to -1..1)</source>
        <translation>không làm gì: mô hình tự co giãn điểm ảnh (bên trong nó, B0-B3 chia điểm ảnh 0-255 cho 255 rồi chuẩn hóa từng kênh theo giá trị trung bình và độ lệch chuẩn của ImageNet; S, M và L đưa chúng về -1..1)</translation>
    </message>
    <message>
        <source>a pass-through: the model rescales pixels itself (a Rescaling layer inside it takes 0-255 pixels)</source>
        <translation>không làm gì: mô hình tự co giãn điểm ảnh (một lớp Rescaling bên trong nó nhận điểm ảnh 0-255)</translation>
    </message>
    <message>
        <source>&apos;torch&apos; mode: pixels scaled to 0-1, then each channel normalised by the ImageNet mean and standard deviation</source>
        <translation>chế độ &apos;torch&apos;: điểm ảnh được đưa về 0-1, rồi từng kênh được chuẩn hóa theo giá trị trung bình và độ lệch chuẩn của ImageNet</translation>
    </message>
    <message>
        <source>&apos;tf&apos; mode: pixels scaled from 0-255 to -1..1</source>
        <translation>chế độ &apos;tf&apos;: điểm ảnh được đưa từ 0-255 về -1..1</translation>
    </message>
    <message>
        <source>deskdl does not know the application model {name}</source>
        <translation>deskdl không biết mô hình application nào tên là {name}</translation>
    </message>
    <message>
        <source>pick one from the list of the application setting</source>
        <translation>hãy chọn một mô hình trong danh sách của thiết lập application</translation>
    </message>
    <message>
        <source>{name} needs pictures (height, width, 3 colour channels) but receives {shape}</source>
        <translation>{name} cần ảnh (chiều cao, chiều rộng, 3 kênh màu) nhưng nhận {shape}</translation>
    </message>
    <message>
        <source>feed it an image-shaped input, e.g. Input (32, 32, 3) or a Reshape to (28, 28, 1) followed by a Conv2D with 3 filters</source>
        <translation>hãy cho nó một đầu vào dạng ảnh, ví dụ Input (32, 32, 3), hoặc một Reshape thành (28, 28, 1) rồi một Conv2D với 3 filters</translation>
    </message>
    <message>
        <source>{name} needs 3 colour channels (RGB) but receives {shape}: 1 channel</source>
        <translation>{name} cần 3 kênh màu (RGB) nhưng nhận {shape}: 1 kênh</translation>
    </message>
    <message>
        <source>{name} needs 3 colour channels (RGB) but receives {shape}: {n} channels</source>
        <translation>{name} cần 3 kênh màu (RGB) nhưng nhận {shape}: {n} kênh</translation>
    </message>
    <message>
        <source>insert a Conv2D with 3 filters and kernel_size 1x1 before it (it learns a colour mix), or use a colour data set</source>
        <translation>hãy chèn một Conv2D với 3 filters và kernel_size 1x1 trước nó (nó học cách pha màu), hoặc dùng một tập dữ liệu ảnh màu</translation>
    </message>
    <message>
        <source>{name} needs pictures of at least {n} x {n} pixels but receives {shape}</source>
        <translation>{name} cần ảnh ít nhất {n} x {n} điểm ảnh nhưng nhận {shape}</translation>
    </message>
    <message>
        <source>insert a Resizing layer to {n} x {n} (or larger) before it</source>
        <translation>hãy chèn một lớp Resizing thành {n} x {n} (hoặc lớn hơn) trước nó</translation>
    </message>
    <message>
        <source>Insert Resizing to {n} x {n}</source>
        <translation>Chèn Resizing thành {n} x {n}</translation>
    </message>
    <message>
        <source>fine_tune_top is {top} but {name} has only {n} layers</source>
        <translation>fine_tune_top là {top} nhưng {name} chỉ có {n} lớp</translation>
    </message>
    <message>
        <source>set fine_tune_top to at most {n} (0 trains all of them)</source>
        <translation>hãy đặt fine_tune_top nhiều nhất là {n} (0 huấn luyện tất cả các lớp)</translation>
    </message>
    <message>
        <source>No ImageNet weights for {name} in the Keras cache ({folder}): it will start from random weights, so it knows nothing yet and transfer learning will not help</source>
        <translation>Không có trọng số ImageNet cho {name} trong bộ nhớ đệm (cache) của Keras ({folder}): nó sẽ bắt đầu từ trọng số ngẫu nhiên, nên chưa biết gì và học chuyển giao sẽ không giúp được</translation>
    </message>
    <message>
        <source>import or download the weights (File &gt; Pretrained Weights), or set weights to &apos;none&apos; to train it from scratch knowingly</source>
        <translation>hãy nhập hoặc tải về các trọng số (Tệp &gt; Trọng số huấn luyện sẵn), hoặc đặt weights thành &apos;none&apos; nếu bạn cố ý huấn luyện từ đầu</translation>
    </message>
    <message>
        <source>{name}: {layers} layers, {weights} weights, {channels} channels out; pictures at least {side} x {side} pixels.</source>
        <translation>{name}: {layers} lớp, {weights} trọng số, {channels} kênh ở đầu ra; ảnh ít nhất {side} x {side} điểm ảnh.</translation>
    </message>
    <message>
        <source>Preprocessing: deskdl multiplies your 0-1 pixels by 255 and applies {module}&apos;s preprocess_input (in keras.applications), which is {what}.</source>
        <translation>Tiền xử lý: deskdl nhân điểm ảnh 0-1 của bạn với 255 rồi áp dụng preprocess_input của {module} (trong keras.applications), tức là {what}.</translation>
    </message>
    <message>
        <source>ImageNet weights: found in the Keras cache.</source>
        <translation>Trọng số ImageNet: có trong bộ nhớ đệm (cache) của Keras.</translation>
    </message>
    <message>
        <source>ImageNet weights: not found in the Keras cache, so it starts from random weights. File &gt; Pretrained Weights imports or downloads them.</source>
        <translation>Trọng số ImageNet: không có trong bộ nhớ đệm (cache) của Keras, nên nó bắt đầu từ trọng số ngẫu nhiên. Tệp &gt; Trọng số huấn luyện sẵn nhập hoặc tải chúng về.</translation>
    </message>
    <message>
        <source>Weights: random (trained from scratch).</source>
        <translation>Trọng số: ngẫu nhiên (huấn luyện từ đầu).</translation>
    </message>
    <message>
        <source>Trains: nothing in the base (frozen).</source>
        <translation>Huấn luyện: không lớp nào trong phần nền (đóng băng).</translation>
    </message>
    <message>
        <source>Trains: its last {n} layers, except BatchNormalization layers.</source>
        <translation>Huấn luyện: {n} lớp cuối của nó, trừ các lớp BatchNormalization.</translation>
    </message>
    <message>
        <source>Trains: its last {n} layers.</source>
        <translation>Huấn luyện: {n} lớp cuối của nó.</translation>
    </message>
    <message>
        <source>Trains: all its layers, except BatchNormalization layers.</source>
        <translation>Huấn luyện: mọi lớp của nó, trừ các lớp BatchNormalization.</translation>
    </message>
    <message>
        <source>Trains: all its layers.</source>
        <translation>Huấn luyện: mọi lớp của nó.</translation>
    </message>
    <message>
        <source>Embedding needs a sequence of whole-number ids (steps,) but receives {what}</source>
        <translation>Embedding cần một chuỗi mã số nguyên (id) dạng (steps,) nhưng nhận {what}</translation>
    </message>
    <message>
        <source>feed it token ids straight from an Input of shape [steps], e.g. [100]</source>
        <translation>hãy đưa vào các mã token trực tiếp từ một Input có hình dạng [steps], ví dụ [100]</translation>
    </message>
    <message>
        <source>Bidirectional makes the backwards copy itself, so its wrapped layer must read forwards</source>
        <translation>Bidirectional tự tạo bản sao chạy ngược, nên lớp được bọc phải đọc theo chiều xuôi</translation>
    </message>
    <message>
        <source>turn go_backwards off in the wrapped layer</source>
        <translation>hãy tắt go_backwards ở lớp được bọc</translation>
    </message>
    <message>
        <source>Bidirectional: {problem}</source>
        <translation>Bidirectional: {problem}</translation>
    </message>
    <message>
        <source>TimeDistributed applies its layer at every step, so it needs a sequence (steps, features) but receives {what}</source>
        <translation>TimeDistributed áp dụng lớp của nó ở mỗi bước, nên nó cần một chuỗi (bước, đặc trưng) nhưng nhận {what}</translation>
    </message>
    <message>
        <source>feed it a sequence, e.g. from a recurrent layer with return_sequences on</source>
        <translation>hãy cho nó một chuỗi, ví dụ từ một lớp hồi quy có bật return_sequences</translation>
    </message>
    <message>
        <source>TimeDistributed: {problem}</source>
        <translation>TimeDistributed: {problem}</translation>
    </message>
    <message>
        <source>MultiHeadAttention needs its {name} to be a sequence (steps, features) but it receives {what}</source>
        <translation>MultiHeadAttention cần {name} của nó là một chuỗi (bước, đặc trưng) nhưng nó nhận {what}</translation>
    </message>
    <message>
        <source>feed it the output of an Embedding, a recurrent layer with return_sequences, or an Input of shape [steps, features]</source>
        <translation>hãy đưa vào đầu ra của một Embedding, của một lớp hồi quy có return_sequences, hoặc một Input có hình dạng [steps, features]</translation>
    </message>
    <message>
        <source>MultiHeadAttention needs query, value and key with the same number of axes, but they are {shapes}</source>
        <translation>MultiHeadAttention cần query, value và key có cùng số trục, nhưng chúng là {shapes}</translation>
    </message>
    <message>
        <source>feed it inputs of the same kind (all sequences, or all grids)</source>
        <translation>hãy đưa vào các đầu vào cùng loại (tất cả là chuỗi, hoặc tất cả là lưới)</translation>
    </message>
    <message>
        <source>MultiHeadAttention: attention_axes {axes} must name different axes between 1 and {last} (the axes between the batch and the features of a {shape} input)</source>
        <translation>MultiHeadAttention: attention_axes {axes} phải nêu các trục khác nhau trong khoảng từ 1 đến {last} (các trục nằm giữa trục lô và trục đặc trưng của một đầu vào {shape})</translation>
    </message>
    <message>
        <source>leave attention_axes empty to attend over all of them, or pick some of {some}</source>
        <translation>hãy để trống attention_axes để chú ý trên tất cả các trục đó, hoặc chọn một số trục trong {some}</translation>
    </message>
    <message>
        <source>leave attention_axes empty to attend over all of them</source>
        <translation>hãy để trống attention_axes để chú ý trên tất cả các trục đó</translation>
    </message>
    <message>
        <source>MultiHeadAttention attends only over axes {axes}, so query and value must agree on the other axes, but the query is {query} and the value {value}</source>
        <translation>MultiHeadAttention chỉ chú ý trên các trục {axes}, nên query và value phải khớp nhau ở các trục còn lại, nhưng query là {query} còn value là {value}</translation>
    </message>
    <message>
        <source>make those axes the same size, or add them to attention_axes</source>
        <translation>hãy làm các trục đó có cùng kích thước, hoặc thêm chúng vào attention_axes</translation>
    </message>
    <message>
        <source>MultiHeadAttention needs key and value with the same number of steps, but the key is {key} and the value {value}</source>
        <translation>MultiHeadAttention cần key và value có cùng số bước, nhưng key là {key} còn value là {value}</translation>
    </message>
    <message>
        <source>link key and value from sequences of the same length (often the same layer)</source>
        <translation>hãy nối key và value từ các chuỗi có cùng độ dài (thường là cùng một lớp)</translation>
    </message>
    <message>
        <source>a flat vector of a variable number of values</source>
        <translation>một vectơ phẳng có số giá trị thay đổi được</translation>
    </message>
    <message>
        <source>a flat vector of {n} values</source>
        <translation>một vectơ phẳng gồm {n} giá trị</translation>
    </message>
    <message>
        <source>a sequence of shape {shape} (steps, features)</source>
        <translation>một chuỗi có hình dạng {shape} (bước, đặc trưng)</translation>
    </message>
    <message>
        <source>an image-shaped tensor {shape} (height, width, channels)</source>
        <translation>một tensor dạng ảnh {shape} (chiều cao, chiều rộng, kênh)</translation>
    </message>
    <message>
        <source>a tensor of shape {shape}</source>
        <translation>một tensor có hình dạng {shape}</translation>
    </message>
    <message>
        <source>{layer} needs to know how many channels each position has, but the last axis of its input {shape} has a variable size</source>
        <translation>{layer} cần biết mỗi vị trí có bao nhiêu kênh, nhưng trục cuối của đầu vào {shape} có kích thước thay đổi được</translation>
    </message>
    <message>
        <source>{layer} needs to know how many features each position has, but the last axis of its input {shape} has a variable size</source>
        <translation>{layer} cần biết mỗi vị trí có bao nhiêu đặc trưng, nhưng trục cuối của đầu vào {shape} có kích thước thay đổi được</translation>
    </message>
    <message>
        <source>give the Input a fixed size on its last axis</source>
        <translation>hãy cho lớp Input một kích thước cố định ở trục cuối</translation>
    </message>
    <message>
        <source>Insert Reshape to {shape}</source>
        <translation>Chèn Reshape thành {shape}</translation>
    </message>
    <message>
        <source>{layer} needs an image-shaped input (height, width, channels) but receives a flat vector of {n} values</source>
        <translation>{layer} cần một đầu vào dạng ảnh (chiều cao, chiều rộng, kênh) nhưng nhận một vectơ phẳng gồm {n} giá trị</translation>
    </message>
    <message>
        <source>insert a Reshape to {shape} before it (or, if a Flatten made it flat, remove that Flatten)</source>
        <translation>hãy chèn một Reshape thành {shape} trước nó (hoặc, nếu một lớp Flatten đã làm phẳng nó, hãy bỏ lớp Flatten đó)</translation>
    </message>
    <message>
        <source>insert a Reshape to (height, width, channels) before it (or, if a Flatten made it flat, remove that Flatten)</source>
        <translation>hãy chèn một Reshape thành (chiều cao, chiều rộng, kênh) trước nó (hoặc, nếu một lớp Flatten đã làm phẳng nó, hãy bỏ lớp Flatten đó)</translation>
    </message>
    <message>
        <source>{layer} needs an image-shaped input (height, width, channels) but receives {shape}, which has no channel axis</source>
        <translation>{layer} cần một đầu vào dạng ảnh (chiều cao, chiều rộng, kênh) nhưng nhận {shape}, không có trục kênh</translation>
    </message>
    <message>
        <source>insert a Reshape to {shape} before it (one grey channel)</source>
        <translation>hãy chèn một Reshape thành {shape} trước nó (một kênh xám)</translation>
    </message>
    <message>
        <source>{layer} needs an image-shaped input (height, width, channels) but receives {what}</source>
        <translation>{layer} cần một đầu vào dạng ảnh (chiều cao, chiều rộng, kênh) nhưng nhận {what}</translation>
    </message>
    <message>
        <source>feed it an image, e.g. an Input of shape [28, 28, 1]</source>
        <translation>hãy cho nó một ảnh, ví dụ một Input có hình dạng [28, 28, 1]</translation>
    </message>
    <message>
        <source>{layer} needs a sequence input (steps, channels) but receives a flat vector of {n} values</source>
        <translation>{layer} cần một đầu vào dạng chuỗi (bước, kênh) nhưng nhận một vectơ phẳng gồm {n} giá trị</translation>
    </message>
    <message>
        <source>insert a Reshape to {shape} before it (one channel per step)</source>
        <translation>hãy chèn một Reshape thành {shape} trước nó (một kênh cho mỗi bước)</translation>
    </message>
    <message>
        <source>{layer} needs a sequence input (steps, channels) but receives {what}</source>
        <translation>{layer} cần một đầu vào dạng chuỗi (bước, kênh) nhưng nhận {what}</translation>
    </message>
    <message>
        <source>feed it a sequence, e.g. an Input of shape [100, 1], or use the 2D version</source>
        <translation>hãy cho nó một chuỗi, ví dụ một Input có hình dạng [100, 1], hoặc dùng phiên bản 2D</translation>
    </message>
    <message>
        <source>{layer} needs a sequence (steps, features) but receives a flat vector of {n} values</source>
        <translation>{layer} cần một chuỗi (bước, đặc trưng) nhưng nhận một vectơ phẳng gồm {n} giá trị</translation>
    </message>
    <message>
        <source>insert a Reshape to {shape} before it to read the values one step at a time, or set return_sequences on the recurrent layer before it</source>
        <translation>hãy chèn một Reshape thành {shape} trước nó để đọc các giá trị từng bước một, hoặc bật return_sequences ở lớp hồi quy đứng trước nó</translation>
    </message>
    <message>
        <source>{layer} needs a sequence (steps, features) but receives {what}</source>
        <translation>{layer} cần một chuỗi (bước, đặc trưng) nhưng nhận {what}</translation>
    </message>
    <message>
        <source>insert a Reshape to {shape} to read the image row by row</source>
        <translation>hãy chèn một Reshape thành {shape} để đọc ảnh theo từng hàng</translation>
    </message>
    <message>
        <source>feed it an Input of shape [steps, features], e.g. [20, 1]</source>
        <translation>hãy cho nó một Input có hình dạng [steps, features], ví dụ [20, 1]</translation>
    </message>
    <message>
        <source>{layer} axis {axis} does not exist: its input {shape} has axes 1 to {last} (or -1 to -{last} counting from the end)</source>
        <translation>trục {axis} của {layer} không tồn tại: đầu vào {shape} của nó có các trục từ 1 đến {last} (hoặc từ -1 đến -{last} nếu đếm từ cuối)</translation>
    </message>
    <message>
        <source>use axis -1 for the last axis</source>
        <translation>hãy dùng axis -1 cho trục cuối cùng</translation>
    </message>
    <message>
        <source>{layer} axis {axis} is the batch axis, which holds separate examples</source>
        <translation>trục {axis} của {layer} là trục lô (batch), nơi chứa các mẫu dữ liệu riêng rẽ</translation>
    </message>
    <message>
        <source>use axis -1 for the last (features) axis</source>
        <translation>hãy dùng axis -1 cho trục cuối cùng (trục đặc trưng)</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Cơ bản</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Tích chập</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Chuỗi</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Kết hợp nhánh</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>Tiền xử lý</translation>
    </message>
    <message>
        <source>Generative</source>
        <translation>Mô hình sinh</translation>
    </message>
    <message>
        <source>Pretrained</source>
        <translation>Đã huấn luyện sẵn</translation>
    </message>
    <message>
        <source>Where data enters the network. Its shape describes one example; Keras adds the batch dimension (shown as None) in front.</source>
        <translation>Nơi dữ liệu đi vào mạng. Hình dạng (shape) của nó mô tả một mẫu dữ liệu; Keras thêm chiều lô (batch) vào phía trước (hiển thị là None).</translation>
    </message>
    <message>
        <source>The size of one example, without the batch: [2] for a point, [28, 28, 1] for a grey image, [None] for a sequence of any length.</source>
        <translation>Kích thước của một mẫu dữ liệu, không tính lô (batch): [2] cho một điểm, [28, 28, 1] cho một ảnh xám, [None] cho một chuỗi có độ dài bất kỳ.</translation>
    </message>
    <message>
        <source>Every output neuron computes a weighted sum of all inputs plus a bias, then applies the activation. Stacking Dense layers with non-linear activations lets the network bend its decision boundary.</source>
        <translation>Mỗi nơ-ron đầu ra tính tổng có trọng số của tất cả đầu vào cộng với độ lệch (bias), rồi áp dụng hàm kích hoạt. Xếp chồng các lớp Dense với hàm kích hoạt phi tuyến giúp mạng uốn cong ranh giới quyết định.</translation>
    </message>
    <message>
        <source>How many neurons (outputs) the layer has.</source>
        <translation>Số nơ-ron (số đầu ra) của lớp.</translation>
    </message>
    <message>
        <source>The function applied to the outputs. Most (relu, tanh, sigmoid, ...) work on each value on its own; softmax works on the whole last axis at once, turning it into probabilities that add up to 1. silu (also called swish) is x × sigmoid(x); relu6 caps relu at 6; hard_sigmoid and hard_silu are cheap straight-line versions of sigmoid and silu that mobile networks use. Without a non-linear one, stacked layers can only draw straight boundaries.</source>
        <translation>Hàm kích hoạt áp dụng lên các đầu ra. Hầu hết các hàm (relu, tanh, sigmoid, ...) xử lý từng giá trị riêng rẽ; softmax xử lý cả trục cuối cùng một lúc, biến nó thành các xác suất có tổng bằng 1. silu (còn gọi là swish) là x × sigmoid(x); relu6 chặn relu ở mức 6; hard_sigmoid và hard_silu là các phiên bản gồm các đoạn thẳng, tính rẻ, của sigmoid và silu mà các mạng cho thiết bị di động dùng. Nếu không có hàm phi tuyến, các lớp xếp chồng chỉ vẽ được ranh giới thẳng.</translation>
    </message>
    <message>
        <source>Add a learned offset (bias) to every output.</source>
        <translation>Cộng một độ lệch (bias) học được vào mỗi đầu ra.</translation>
    </message>
    <message>
        <source>How the starting weights are drawn. Glorot suits tanh/sigmoid, He suits ReLU, lecun_normal suits selu (it keeps selu&apos;s outputs at mean 0 and spread 1); all zeros makes every unit learn the same thing.</source>
        <translation>Cách rút ngẫu nhiên các trọng số ban đầu. Glorot hợp với tanh/sigmoid, He hợp với ReLU, lecun_normal hợp với selu (nó giữ đầu ra của selu ở trung bình 0 và độ phân tán 1); toàn số 0 làm mọi đơn vị học cùng một điều.</translation>
    </message>
    <message>
        <source>How the starting offsets (biases) are set. zeros, the default, is the usual choice: the random starting weights already make the units differ, so the biases need not. constant starts every bias at one number you choose: a very negative one keeps a ReLU unit&apos;s input below zero for every example, so the unit is dead from the first step.</source>
        <translation>Cách đặt các độ lệch (bias) ban đầu. zeros, giá trị mặc định, là lựa chọn thường dùng: các trọng số ban đầu ngẫu nhiên đã làm các đơn vị khác nhau, nên các độ lệch không cần khác nhau nữa. constant cho mọi độ lệch bắt đầu từ một số do bạn chọn: một số rất âm giữ đầu vào của một đơn vị ReLU luôn dưới 0 với mọi mẫu dữ liệu, nên đơn vị đó chết ngay từ bước đầu tiên.</translation>
    </message>
    <message>
        <source>Adds a penalty for large weights to the loss, which fights overfitting: L1 tends to make many of them zero or nearly zero, L2 keeps them all small.</source>
        <translation>Cộng vào hàm mất mát (loss) một mức phạt cho các trọng số lớn, giúp chống quá khớp (overfitting): L1 có xu hướng làm nhiều trọng số bằng 0 hoặc gần 0, L2 giữ tất cả chúng nhỏ.</translation>
    </message>
    <message>
        <source>Applies a function such as ReLU to every value on its own (softmax instead works on the whole last axis, so those values add up to 1). It has no weights and does what the activation setting of the layer before it would do. Use it where that layer has none: after an Add that joins a skip connection, or after a BatchNormalization placed between a Dense or Conv2D (left linear) and its ReLU.</source>
        <translation>Áp dụng một hàm như ReLU lên từng giá trị riêng rẽ (softmax thì xử lý cả trục cuối cùng, để các giá trị đó có tổng bằng 1). Lớp này không có trọng số và làm đúng việc mà thiết lập activation của lớp trước nó sẽ làm. Hãy dùng nó ở chỗ lớp đó không có hàm kích hoạt: sau một lớp Add nối một kết nối tắt (skip connection), hoặc sau một BatchNormalization đặt giữa một Dense hay Conv2D (để tuyến tính) và ReLU của nó.</translation>
    </message>
    <message>
        <source>During training it sets a random share (the rate) of the values to zero at each step, so the network cannot lean on any single neuron; a simple cure for overfitting. The values it keeps are scaled up by 1/(1 - rate), so their total stays the same on average. That is why at prediction time it can pass every value through unchanged.</source>
        <translation>Trong khi huấn luyện, ở mỗi bước nó đặt ngẫu nhiên một phần (tỉ lệ rate) các giá trị về 0, để mạng không thể dựa vào riêng một nơ-ron nào; một cách đơn giản chống quá khớp (overfitting). Các giá trị được giữ lại được nhân lên 1/(1 - rate), nên tổng của chúng trung bình vẫn như cũ. Vì thế khi dự đoán nó có thể cho mọi giá trị đi qua nguyên vẹn.</translation>
    </message>
    <message>
        <source>The fraction of values set to zero at random during training (0.2 = one in five); the kept ones are scaled up by 1/(1 - rate).</source>
        <translation>Tỉ lệ các giá trị bị đặt ngẫu nhiên về 0 trong khi huấn luyện (0.2 = một phần năm); các giá trị được giữ lại được nhân lên 1/(1 - rate).</translation>
    </message>
    <message>
        <source>Which values share one random draw, one size per axis with the batch first: none (empty) draws for every value; a 1 shares a draw along that axis. [none, 1, 1, 1] on images keeps or drops each example&apos;s whole output at once, which on a residual branch is stochastic depth (EfficientNet).</source>
        <translation>Những giá trị nào dùng chung một lần rút ngẫu nhiên, mỗi trục một kích thước, trục lô (batch) đứng đầu: none (để trống) rút riêng cho mọi giá trị; số 1 dùng chung một lần rút dọc theo trục đó. [none, 1, 1, 1] trên ảnh giữ hoặc bỏ toàn bộ đầu ra của mỗi mẫu dữ liệu cùng lúc, và trên một nhánh dư (residual) thì đó chính là độ sâu ngẫu nhiên (stochastic depth, EfficientNet).</translation>
    </message>
    <message>
        <source>Lays all values of one example out in a single row, e.g. a (28, 28, 1) image becomes 784 numbers. Use it between convolution layers and Dense layers.</source>
        <translation>Trải tất cả giá trị của một mẫu dữ liệu thành một hàng duy nhất, ví dụ một ảnh (28, 28, 1) thành 784 số. Hãy dùng nó giữa các lớp tích chập và các lớp Dense.</translation>
    </message>
    <message>
        <source>Rearranges the same values into a new shape without changing them, e.g. 784 numbers into a (28, 28, 1) image. The number of values must stay the same.</source>
        <translation>Sắp xếp lại cùng các giá trị đó thành một hình dạng mới mà không thay đổi chúng, ví dụ 784 số thành một ảnh (28, 28, 1). Số giá trị phải giữ nguyên.</translation>
    </message>
    <message>
        <source>The new shape of one example, without the batch. One size may be -1: it is worked out from the others.</source>
        <translation>Hình dạng mới của một mẫu dữ liệu, không tính lô (batch). Một kích thước có thể là -1: nó được tính từ các kích thước còn lại.</translation>
    </message>
    <message>
        <source>Swaps the axes of each example around, like transposing a table. Values are not changed, only where they sit. For instance, a recurrent layer reads a (28, 28) image row by row; Permute [2, 1] first makes it read the columns as its steps.</source>
        <translation>Đổi chỗ các trục của mỗi mẫu dữ liệu, giống như chuyển vị một bảng. Các giá trị không đổi, chỉ đổi chỗ. Ví dụ, một lớp hồi quy đọc ảnh (28, 28) theo từng hàng; Permute [2, 1] đặt trước nó sẽ khiến nó đọc các cột làm các bước.</translation>
    </message>
    <message>
        <source>The new order of the axes, counted from 1 (the batch axis is not counted): [2, 1] swaps rows and columns.</source>
        <translation>Thứ tự mới của các trục, đếm từ 1 (không đếm trục lô): [2, 1] đổi chỗ hàng và cột.</translation>
    </message>
    <message>
        <source>Turns one vector into a sequence by copying it n times. Encoder-decoder models use it to hand one summary vector to every step of the decoder.</source>
        <translation>Biến một vectơ thành một chuỗi bằng cách sao chép nó n lần. Các mô hình mã hóa - giải mã (encoder-decoder) dùng nó để đưa một vectơ tóm tắt tới mọi bước của bộ giải mã.</translation>
    </message>
    <message>
        <source>How many times the vector is repeated (the number of steps of the sequence it makes).</source>
        <translation>Số lần vectơ được lặp lại (số bước của chuỗi mà nó tạo ra).</translation>
    </message>
    <message>
        <source>Rescales each feature to mean 0 and spread 1 over the batch, then lets the network learn a better scale and offset. It makes deep networks train faster and more steadily. It keeps running averages (not trained by gradients) for prediction time.</source>
        <translation>Co giãn mỗi đặc trưng về trung bình 0 và độ phân tán 1 trên cả lô (batch), rồi để mạng học một hệ số co giãn và một độ dịch tốt hơn. Nó giúp mạng sâu huấn luyện nhanh hơn và ổn định hơn. Nó giữ các giá trị trung bình trượt (không được huấn luyện bằng gradient) để dùng khi dự đoán.</translation>
    </message>
    <message>
        <source>The axis whose values each get their own mean and variance, measured over the batch (and over every position); -1 is the last (features/channels).</source>
        <translation>Trục mà mỗi giá trị trên đó có trung bình và phương sai riêng, đo trên cả lô (batch) (và trên mọi vị trí); -1 là trục cuối cùng (đặc trưng/kênh).</translation>
    </message>
    <message>
        <source>How slowly the running mean and variance used at prediction time follow the batches.</source>
        <translation>Trung bình và phương sai trượt dùng khi dự đoán bám theo các lô chậm đến mức nào.</translation>
    </message>
    <message>
        <source>A tiny number added to the variance so that nothing is divided by zero.</source>
        <translation>Một số rất nhỏ cộng vào phương sai để không bao giờ chia cho 0.</translation>
    </message>
    <message>
        <source>Learn an offset (beta) added after normalising.</source>
        <translation>Học một độ dịch (beta) cộng vào sau khi chuẩn hóa.</translation>
    </message>
    <message>
        <source>Learn a factor (gamma) applied after normalising.</source>
        <translation>Học một hệ số (gamma) nhân vào sau khi chuẩn hóa.</translation>
    </message>
    <message>
        <source>Rescales the features of each example on its own to mean 0 and spread 1, then learns a scale and offset. Unlike batch normalization it does not depend on the other examples in the batch, which is why Transformers use it.</source>
        <translation>Co giãn các đặc trưng của từng mẫu dữ liệu riêng rẽ về trung bình 0 và độ phân tán 1, rồi học một hệ số co giãn và một độ dịch. Khác với chuẩn hóa theo lô (batch normalization), nó không phụ thuộc vào các mẫu khác trong lô, vì thế Transformer dùng nó.</translation>
    </message>
    <message>
        <source>The axis normalised across: for every example (and every position) one mean and variance is computed over all values along it; -1 is the last (the features).</source>
        <translation>Trục được chuẩn hóa: với mỗi mẫu dữ liệu (và mỗi vị trí), một trung bình và một phương sai được tính trên mọi giá trị dọc theo trục đó; -1 là trục cuối cùng (các đặc trưng).</translation>
    </message>
    <message>
        <source>Like ReLU, but negative values are multiplied by a small slope instead of being cut to zero, so a neuron that went negative can still learn.</source>
        <translation>Giống ReLU, nhưng các giá trị âm được nhân với một hệ số góc nhỏ thay vì bị cắt về 0, nên một nơ-ron đã rơi vào vùng âm vẫn còn học được.</translation>
    </message>
    <message>
        <source>How much of a negative value leaks through (0 gives a plain ReLU).</source>
        <translation>Bao nhiêu phần của một giá trị âm lọt qua (0 cho ReLU thường).</translation>
    </message>
    <message>
        <source>The rectified linear unit as a layer of its own: it keeps positive values and turns negative ones into zero, optionally capping large values at max_value. It has no weights and does what activation=&apos;relu&apos; does, plus the cap: MobileNet uses ReLU(max_value=6).</source>
        <translation>Hàm ReLU (rectified linear unit) dưới dạng một lớp riêng: nó giữ các giá trị dương và biến các giá trị âm thành 0, có thể chặn các giá trị lớn ở max_value. Lớp này không có trọng số và làm đúng việc của activation=&apos;relu&apos;, cộng thêm mức chặn: MobileNet dùng ReLU(max_value=6).</translation>
    </message>
    <message>
        <source>The largest value let through; empty means no cap. 6 gives ReLU6, which mobile networks (MobileNet) use because small numbers stay precise.</source>
        <translation>Giá trị lớn nhất được cho qua; để trống nghĩa là không chặn. 6 cho ReLU6, mà các mạng cho thiết bị di động (MobileNet) dùng vì các số nhỏ giữ được độ chính xác.</translation>
    </message>
    <message>
        <source>What negative values (below threshold) are multiplied by: 0 cuts them to zero, a small number lets some leak through (as LeakyReLU does).</source>
        <translation>Hệ số nhân cho các giá trị âm (dưới threshold): 0 cắt chúng về 0, một số nhỏ cho một phần lọt qua (như LeakyReLU).</translation>
    </message>
    <message>
        <source>Values below this count as &apos;negative&apos;: they become zero (or are scaled by negative_slope); 0 is the usual ReLU.</source>
        <translation>Các giá trị dưới mức này được coi là &apos;âm&apos;: chúng thành 0 (hoặc được nhân với negative_slope); 0 là ReLU thông thường.</translation>
    </message>
    <message>
        <source>Adds a little random noise to every value during training only. The network has to learn patterns that survive small changes, which reduces overfitting.</source>
        <translation>Cộng một chút nhiễu ngẫu nhiên vào mọi giá trị, chỉ trong khi huấn luyện. Mạng phải học những mẫu hình vẫn đứng vững trước các thay đổi nhỏ, điều này giảm quá khớp (overfitting).</translation>
    </message>
    <message>
        <source>How strong the random noise is (its standard deviation).</source>
        <translation>Độ mạnh của nhiễu ngẫu nhiên (độ lệch chuẩn của nó).</translation>
    </message>
    <message>
        <source>Multiplies every channel by a learned factor of its own (one weight per channel). ConvNeXt puts it at the end of each residual branch, just before the Add, starting with tiny factors so that the deep network first behaves like a shallow one.</source>
        <translation>Nhân mỗi kênh với một hệ số học được của riêng nó (một trọng số cho mỗi kênh). ConvNeXt đặt nó ở cuối mỗi nhánh dư (residual), ngay trước lớp Add, bắt đầu với các hệ số rất nhỏ để mạng sâu lúc đầu hoạt động như một mạng nông.</translation>
    </message>
    <message>
        <source>The starting value of every channel&apos;s factor. ConvNeXt starts at 0.000001, so each new block begins almost switched off and the network grows into its depth.</source>
        <translation>Giá trị ban đầu của hệ số của mỗi kênh. ConvNeXt bắt đầu từ 0.000001, nên mỗi khối mới lúc đầu gần như bị tắt và mạng dần dần phát huy độ sâu của nó.</translation>
    </message>
    <message>
        <source>Slides small learned filters along a sequence; each filter lights up where its pattern (a rise, a spike, a word pair) occurs. Good for signals and text.</source>
        <translation>Trượt các bộ lọc (kernel) nhỏ học được dọc theo một chuỗi; mỗi bộ lọc sáng lên ở nơi mẫu hình của nó (một đoạn tăng, một đỉnh nhọn, một cặp từ) xuất hiện. Phù hợp cho tín hiệu và văn bản.</translation>
    </message>
    <message>
        <source>How many filters (pattern detectors) the layer learns; each makes one output channel.</source>
        <translation>Số bộ lọc (bộ dò mẫu hình) mà lớp học; mỗi bộ lọc tạo ra một kênh đầu ra.</translation>
    </message>
    <message>
        <source>The size of the window each filter looks at (steps).</source>
        <translation>Kích thước cửa sổ mà mỗi bộ lọc nhìn vào (số bước).</translation>
    </message>
    <message>
        <source>How far the window moves each step; 2 halves the output size.</source>
        <translation>Cửa sổ dịch đi bao xa mỗi lần; 2 làm kích thước đầu ra giảm một nửa.</translation>
    </message>
    <message>
        <source>With &apos;valid&apos; only real input positions are used, so the output shrinks; &apos;same&apos; pads the border with zeros so the output keeps the input size (divided by strides).</source>
        <translation>Với &apos;valid&apos; chỉ các vị trí có thật của đầu vào được dùng, nên đầu ra nhỏ lại; &apos;same&apos; đệm số 0 quanh viền để đầu ra giữ kích thước của đầu vào (chia cho strides).</translation>
    </message>
    <message>
        <source>Gaps between the kernel&apos;s taps: 2 lets a 3-wide kernel see 5 positions. Cannot be combined with strides above 1.</source>
        <translation>Khoảng cách giữa các điểm chạm của kernel: 2 cho một kernel rộng 3 nhìn bao quát 5 vị trí. Không dùng được cùng strides lớn hơn 1.</translation>
    </message>
    <message>
        <source>Splits the input channels and the filters into this many groups; each filter then looks only at the channels of its own group, so the layer has that many times fewer weights. 1 connects every filter to every channel; both the input channels and filters must divide by it.</source>
        <translation>Chia các kênh đầu vào và các bộ lọc thành chừng này nhóm; khi đó mỗi bộ lọc chỉ nhìn các kênh trong nhóm của nó, nên lớp có ít trọng số hơn chừng ấy lần. 1 nối mọi bộ lọc với mọi kênh; cả số kênh đầu vào lẫn filters đều phải chia hết cho nó.</translation>
    </message>
    <message>
        <source>Slides small learned filters over an image; each filter produces a map showing where its pattern (an edge, a corner, a texture) appears. Sharing the filter across the image needs far fewer weights than a Dense layer.</source>
        <translation>Trượt các bộ lọc (kernel) nhỏ học được trên một ảnh; mỗi bộ lọc tạo ra một bản đồ cho thấy mẫu hình của nó (một cạnh, một góc, một kết cấu) xuất hiện ở đâu. Dùng chung bộ lọc trên toàn ảnh cần ít trọng số hơn nhiều so với một lớp Dense.</translation>
    </message>
    <message>
        <source>The size of the window each filter looks at (height and width).</source>
        <translation>Kích thước cửa sổ mà mỗi bộ lọc nhìn vào (chiều cao và chiều rộng).</translation>
    </message>
    <message>
        <source>A learned upsampling: each input value stamps the learned kernel, scaled by that value, onto a larger output, and overlapping stamps add up; with strides 2 the height and width about double. It is not the inverse of a Conv2D: it only undoes its change of size, not its values. Decoders and GAN generators use it to grow small feature maps into images.</source>
        <translation>Một phép phóng to (upsampling) học được: mỗi giá trị đầu vào in kernel học được, nhân với giá trị đó, lên một đầu ra lớn hơn, và các dấu in chồng lên nhau thì cộng lại; với strides 2, chiều cao và chiều rộng tăng khoảng gấp đôi. Nó không phải phép ngược của Conv2D: nó chỉ hoàn lại thay đổi kích thước, không hoàn lại các giá trị. Bộ giải mã (decoder) và bộ sinh (generator) của GAN dùng nó để phóng các bản đồ đặc trưng (feature map) nhỏ thành ảnh.</translation>
    </message>
    <message>
        <source>How many output channels the layer makes; each has its own learned kernels.</source>
        <translation>Số kênh đầu ra mà lớp tạo ra; mỗi kênh có các kernel học được của riêng nó.</translation>
    </message>
    <message>
        <source>The size of the kernel each input value stamps onto the output (height and width).</source>
        <translation>Kích thước kernel mà mỗi giá trị đầu vào in lên đầu ra (chiều cao và chiều rộng).</translation>
    </message>
    <message>
        <source>How much the output grows: 2 about doubles the size (padding says exactly how much).</source>
        <translation>Đầu ra lớn lên bao nhiêu: 2 làm kích thước tăng khoảng gấp đôi (padding quyết định chính xác bao nhiêu).</translation>
    </message>
    <message>
        <source>How big the output grows from an input of size n: &apos;valid&apos; gives (n - 1) × strides + kernel_size (never less than n × strides); &apos;same&apos; gives exactly n × strides.</source>
        <translation>Đầu ra lớn đến đâu từ một đầu vào kích thước n: &apos;valid&apos; cho (n - 1) × strides + kernel_size (không bao giờ nhỏ hơn n × strides); &apos;same&apos; cho đúng n × strides.</translation>
    </message>
    <message>
        <source>Makes a sequence longer by repeating each step. It has no weights; a following convolution can learn to smooth the result.</source>
        <translation>Làm một chuỗi dài ra bằng cách lặp lại mỗi bước. Lớp này không có trọng số; một lớp tích chập theo sau có thể học cách làm mượt kết quả.</translation>
    </message>
    <message>
        <source>How many times each step is repeated.</source>
        <translation>Số lần mỗi bước được lặp lại.</translation>
    </message>
    <message>
        <source>Makes an image bigger by repeating (or blending) pixels. It has no weights, unlike Conv2DTranspose, and is often followed by a Conv2D in decoders.</source>
        <translation>Làm một ảnh lớn hơn bằng cách lặp lại (hoặc pha trộn) các điểm ảnh. Lớp này không có trọng số, khác với Conv2DTranspose, và trong các bộ giải mã (decoder) thường có một Conv2D theo sau.</translation>
    </message>
    <message>
        <source>How many times each row and column is repeated (height, width).</source>
        <translation>Số lần mỗi hàng và mỗi cột được lặp lại (chiều cao, chiều rộng).</translation>
    </message>
    <message>
        <source>How new pixels are made: &apos;nearest&apos; copies, &apos;bilinear&apos; blends neighbours for a smoother picture.</source>
        <translation>Cách tạo các điểm ảnh mới: &apos;nearest&apos; sao chép, &apos;bilinear&apos; pha trộn các điểm lân cận để ảnh mượt hơn.</translation>
    </message>
    <message>
        <source>Adds a border of zeros around each image, so a following convolution can also look at the edge pixels.</source>
        <translation>Thêm một viền số 0 quanh mỗi ảnh, để một lớp tích chập theo sau cũng nhìn được các điểm ảnh ở mép.</translation>
    </message>
    <message>
        <source>How many rows and columns of zeros to add on each side: [1, 2] adds 1 row at the top and 1 at the bottom, 2 columns left and 2 right. Per side, as ((top, bottom), (left, right)): [[1, 0], [2, 0]] adds 1 row at the top and 2 columns on the left only.</source>
        <translation>Số hàng và cột số 0 thêm vào mỗi bên: [1, 2] thêm 1 hàng ở trên và 1 ở dưới, 2 cột bên trái và 2 bên phải. Theo từng bên, dạng ((trên, dưới), (trái, phải)): [[1, 0], [2, 0]] chỉ thêm 1 hàng ở trên và 2 cột bên trái.</translation>
    </message>
    <message>
        <source>Cuts a border off each image. U-Net style models use it to make two feature maps the same size before joining them.</source>
        <translation>Cắt bỏ một đường viền của mỗi ảnh. Các mô hình kiểu U-Net dùng nó để làm hai bản đồ đặc trưng (feature map) có cùng kích thước trước khi nối chúng.</translation>
    </message>
    <message>
        <source>How many rows and columns to cut off on each side: [1, 2] cuts 1 row from the top and 1 from the bottom, 2 columns left and 2 right. Per side, as ((top, bottom), (left, right)): [[2, 0], [0, 1]] cuts 2 rows from the top and 1 column from the right only.</source>
        <translation>Số hàng và cột cắt bỏ ở mỗi bên: [1, 2] cắt 1 hàng ở trên và 1 ở dưới, 2 cột bên trái và 2 bên phải. Theo từng bên, dạng ((trên, dưới), (trái, phải)): [[2, 0], [0, 1]] chỉ cắt 2 hàng ở trên và 1 cột bên phải.</translation>
    </message>
    <message>
        <source>Filters each channel on its own with its own small kernel, without mixing channels: on 32 channels, 3x3 kernels need 3 × 3 × 32 = 288 weights, where a Conv2D with 32 filters needs 3 × 3 × 32 × 32 = 9,216. Followed by a 1x1 Conv2D that mixes the channels, it does a convolution&apos;s work far more cheaply; MobileNet and EfficientNet are built from such pairs.</source>
        <translation>Lọc từng kênh riêng rẽ bằng kernel nhỏ của riêng nó, không trộn các kênh: với 32 kênh, các kernel 3x3 cần 3 × 3 × 32 = 288 trọng số, trong khi một Conv2D với 32 filters cần 3 × 3 × 32 × 32 = 9,216. Khi có một Conv2D 1x1 theo sau để trộn các kênh, nó làm được việc của một lớp tích chập với chi phí rẻ hơn nhiều; MobileNet và EfficientNet được xây từ những cặp như vậy.</translation>
    </message>
    <message>
        <source>The size of the window (height, width) each channel&apos;s own filter looks at.</source>
        <translation>Kích thước cửa sổ (chiều cao, chiều rộng) mà bộ lọc riêng của mỗi kênh nhìn vào.</translation>
    </message>
    <message>
        <source>How many filters each input channel gets in the depthwise step; each makes one output channel of its own, so that step has channels × depth_multiplier outputs.</source>
        <translation>Số bộ lọc mỗi kênh đầu vào có ở bước depthwise; mỗi bộ lọc tạo ra một kênh đầu ra của riêng nó, nên bước đó có kênh × depth_multiplier đầu ra.</translation>
    </message>
    <message>
        <source>Gaps between the kernel&apos;s taps: 2 lets a 3-wide kernel see 5 positions.</source>
        <translation>Khoảng cách giữa các điểm chạm của kernel: 2 cho một kernel rộng 3 nhìn bao quát 5 vị trí.</translation>
    </message>
    <message>
        <source>How the starting weights of the per-channel filters are drawn. Glorot suits tanh/sigmoid, He suits ReLU; all zeros would make every output zero at the start.</source>
        <translation>Cách rút ngẫu nhiên các trọng số ban đầu của các bộ lọc theo từng kênh. Glorot hợp với tanh/sigmoid, He hợp với ReLU; toàn số 0 sẽ làm mọi đầu ra bằng 0 lúc bắt đầu.</translation>
    </message>
    <message>
        <source>Adds a penalty for large weights of the per-channel filters to the loss, which fights overfitting: L1 tends to make many of them zero or nearly zero, L2 keeps them all small.</source>
        <translation>Cộng vào hàm mất mát (loss) một mức phạt cho các trọng số lớn của các bộ lọc theo từng kênh, giúp chống quá khớp (overfitting): L1 có xu hướng làm nhiều trọng số bằng 0 hoặc gần 0, L2 giữ tất cả chúng nhỏ.</translation>
    </message>
    <message>
        <source>A convolution in two cheap steps: first each channel is filtered on its own (depthwise), then a 1x1 convolution mixes the channels into filters outputs (pointwise). With 3x3 kernels, 64 channels in and 128 out it needs 3 × 3 × 64 + 64 × 128 = 8,768 weights instead of Conv2D&apos;s 73,728. Xception and NASNet are built from it.</source>
        <translation>Một phép tích chập gồm hai bước rẻ: đầu tiên mỗi kênh được lọc riêng (depthwise), rồi một phép tích chập 1x1 trộn các kênh thành filters đầu ra (pointwise). Với kernel 3x3, 64 kênh vào và 128 kênh ra, nó cần 3 × 3 × 64 + 64 × 128 = 8,768 trọng số thay vì 73,728 của Conv2D. Xception và NASNet được xây từ nó.</translation>
    </message>
    <message>
        <source>How many output channels the 1x1 mixing step makes (pattern detectors over all channels).</source>
        <translation>Số kênh đầu ra mà bước trộn 1x1 tạo ra (các bộ dò mẫu hình trên mọi kênh).</translation>
    </message>
    <message>
        <source>The size of the window (height, width) of each channel&apos;s own filter in the depthwise step.</source>
        <translation>Kích thước cửa sổ (chiều cao, chiều rộng) của bộ lọc riêng của mỗi kênh ở bước depthwise.</translation>
    </message>
    <message>
        <source>How the starting weights of the 1x1 step that mixes the channels are drawn. Glorot suits tanh/sigmoid, He suits ReLU; all zeros makes every filter learn the same thing.</source>
        <translation>Cách rút ngẫu nhiên các trọng số ban đầu của bước 1x1 trộn các kênh. Glorot hợp với tanh/sigmoid, He hợp với ReLU; toàn số 0 làm mọi bộ lọc học cùng một điều.</translation>
    </message>
    <message>
        <source>Adds a penalty for large weights of the 1x1 mixing step to the loss, which fights overfitting: L1 tends to make many of them zero or nearly zero, L2 keeps them all small.</source>
        <translation>Cộng vào hàm mất mát (loss) một mức phạt cho các trọng số lớn của bước trộn 1x1, giúp chống quá khớp (overfitting): L1 có xu hướng làm nhiều trọng số bằng 0 hoặc gần 0, L2 giữ tất cả chúng nhỏ.</translation>
    </message>
    <message>
        <source>Pooling keeps only the largest value in each window, so the strongest detection survives while the map shrinks. It has no weights; it makes the network cheaper and less sensitive to small shifts.</source>
        <translation>Gộp (pooling) chỉ giữ giá trị lớn nhất trong mỗi cửa sổ, nên phát hiện mạnh nhất được giữ lại trong khi bản đồ nhỏ đi. Lớp này không có trọng số; nó làm mạng rẻ hơn và ít nhạy hơn với các dịch chuyển nhỏ.</translation>
    </message>
    <message>
        <source>The window size (steps) summarised into one value.</source>
        <translation>Kích thước cửa sổ (số bước) được tóm lại thành một giá trị.</translation>
    </message>
    <message>
        <source>How far the window moves; empty means the same as pool_size (windows do not overlap).</source>
        <translation>Cửa sổ dịch đi bao xa; để trống nghĩa là bằng pool_size (các cửa sổ không chồng lên nhau).</translation>
    </message>
    <message>
        <source>With &apos;valid&apos; only windows that fit inside the input are used, so the output shrinks; &apos;same&apos; lets windows hang over the border so the output keeps the input size (divided by strides). The cells beyond the border are left out, not counted as zeros.</source>
        <translation>Với &apos;valid&apos; chỉ các cửa sổ nằm gọn trong đầu vào được dùng, nên đầu ra nhỏ lại; &apos;same&apos; cho phép cửa sổ chờm ra ngoài viền để đầu ra giữ kích thước của đầu vào (chia cho strides). Các ô nằm ngoài viền bị bỏ qua, không được tính là số 0.</translation>
    </message>
    <message>
        <source>The window size (height and width) summarised into one value.</source>
        <translation>Kích thước cửa sổ (chiều cao và chiều rộng) được tóm lại thành một giá trị.</translation>
    </message>
    <message>
        <source>Pooling replaces each window by its mean value, shrinking the map smoothly. It has no weights; it makes the network cheaper and less sensitive to small shifts.</source>
        <translation>Gộp (pooling) thay mỗi cửa sổ bằng giá trị trung bình của nó, làm bản đồ nhỏ đi một cách mượt mà. Lớp này không có trọng số; nó làm mạng rẻ hơn và ít nhạy hơn với các dịch chuyển nhỏ.</translation>
    </message>
    <message>
        <source>Collapses each whole feature map into one number (its average), leaving one value per channel. A light replacement for Flatten before the final Dense layers.</source>
        <translation>Thu gọn toàn bộ mỗi bản đồ đặc trưng (feature map) thành một số (giá trị trung bình của nó), còn lại một giá trị cho mỗi kênh. Một thay thế nhẹ cho Flatten trước các lớp Dense cuối cùng.</translation>
    </message>
    <message>
        <source>Keep the pooled axes with size 1, e.g. (1, 1, 64) instead of 64, so the result can multiply the feature maps it came from (as squeeze-and-excite blocks do).</source>
        <translation>Giữ các trục đã gộp với kích thước 1, ví dụ (1, 1, 64) thay vì 64, để kết quả có thể nhân với chính các bản đồ đặc trưng đã tạo ra nó (như các khối squeeze-and-excite làm).</translation>
    </message>
    <message>
        <source>Collapses each whole feature map into one number (its largest value), leaving one value per channel. A light replacement for Flatten before the final Dense layers.</source>
        <translation>Thu gọn toàn bộ mỗi bản đồ đặc trưng (feature map) thành một số (giá trị lớn nhất của nó), còn lại một giá trị cho mỗi kênh. Một thay thế nhẹ cho Flatten trước các lớp Dense cuối cùng.</translation>
    </message>
    <message>
        <source>Attention by itself does not know the order of the steps. This layer adds a fixed pattern of sine and cosine waves to each step, so every position gets its own fingerprint. It has no weights.</source>
        <translation>Bản thân cơ chế chú ý (attention) không biết thứ tự các bước. Lớp này cộng vào mỗi bước một mẫu cố định gồm các sóng sin và cos, để mỗi vị trí có một dấu vân tay riêng. Lớp này không có trọng số.</translation>
    </message>
    <message>
        <source>The longest wave used to mark positions; it should be much longer than the sequences.</source>
        <translation>Bước sóng dài nhất dùng để đánh dấu vị trí; nó nên dài hơn nhiều so với các chuỗi.</translation>
    </message>
    <message>
        <source>Turns each whole-number id (a word, a character) into a learned vector. Ids that play similar roles end up with similar vectors. It is a lookup table trained like any other weights.</source>
        <translation>Biến mỗi mã số nguyên (id) (một từ, một ký tự) thành một vectơ học được. Các id có vai trò giống nhau sẽ có vectơ giống nhau. Đây là một bảng tra cứu được huấn luyện như mọi trọng số khác.</translation>
    </message>
    <message>
        <source>How many different ids (words, characters, ...) exist: the largest id plus one.</source>
        <translation>Có bao nhiêu id khác nhau (từ, ký tự, ...): id lớn nhất cộng một.</translation>
    </message>
    <message>
        <source>The length of the vector learned for each id.</source>
        <translation>Độ dài của vectơ học được cho mỗi id.</translation>
    </message>
    <message>
        <source>Treat id 0 as padding that later layers skip.</source>
        <translation>Coi id 0 là phần đệm (padding) mà các lớp sau bỏ qua.</translation>
    </message>
    <message>
        <source>Adds a penalty for large values in the embedding vectors to the loss, which fights overfitting: L1 tends to make many of them zero or nearly zero, L2 keeps them all small.</source>
        <translation>Cộng vào hàm mất mát (loss) một mức phạt cho các giá trị lớn trong các vectơ embedding, giúp chống quá khớp (overfitting): L1 có xu hướng làm nhiều giá trị bằng 0 hoặc gần 0, L2 giữ tất cả chúng nhỏ.</translation>
    </message>
    <message>
        <source>Reads a sequence one step at a time and keeps a memory vector that mixes the new step with what it remembered. It struggles to remember things from many steps back.</source>
        <translation>Đọc một chuỗi từng bước một và giữ một vectơ bộ nhớ trộn bước mới với những gì nó đã nhớ. Nó khó nhớ những điều từ nhiều bước trước.</translation>
    </message>
    <message>
        <source>How many numbers the memory (hidden state) holds.</source>
        <translation>Số lượng số mà bộ nhớ (trạng thái ẩn) chứa.</translation>
    </message>
    <message>
        <source>Output the state after every step (to stack another recurrent layer) instead of only after the last.</source>
        <translation>Xuất trạng thái sau mỗi bước (để xếp chồng thêm một lớp hồi quy) thay vì chỉ sau bước cuối.</translation>
    </message>
    <message>
        <source>Read the sequence from the end to the start.</source>
        <translation>Đọc chuỗi từ cuối về đầu.</translation>
    </message>
    <message>
        <source>Fraction of the inputs dropped at random during training.</source>
        <translation>Tỉ lệ các đầu vào bị bỏ ngẫu nhiên trong khi huấn luyện.</translation>
    </message>
    <message>
        <source>Fraction of the memory dropped at random between steps during training.</source>
        <translation>Tỉ lệ bộ nhớ bị bỏ ngẫu nhiên giữa các bước trong khi huấn luyện.</translation>
    </message>
    <message>
        <source>A recurrent layer with gates that decide what to forget, what to store and what to output at each step. The gates let it remember information over long sequences.</source>
        <translation>Một lớp hồi quy có các cổng quyết định quên gì, lưu gì và xuất gì ở mỗi bước. Các cổng giúp nó nhớ thông tin qua những chuỗi dài.</translation>
    </message>
    <message>
        <source>The function of the gates that decide what to keep; sigmoid gives values between 0 and 1.</source>
        <translation>Hàm của các cổng quyết định giữ lại gì; sigmoid cho giá trị trong khoảng 0 đến 1.</translation>
    </message>
    <message>
        <source>Start the forget gate open, so the memory is kept at first (recommended).</source>
        <translation>Bắt đầu với cổng quên (forget gate) mở, để lúc đầu bộ nhớ được giữ lại (nên dùng).</translation>
    </message>
    <message>
        <source>A lighter cousin of the LSTM with two gates instead of three. It often learns as well with fewer weights.</source>
        <translation>Một họ hàng nhẹ hơn của LSTM với hai cổng thay vì ba. Nó thường học tốt không kém mà ít trọng số hơn.</translation>
    </message>
    <message>
        <source>Apply the reset gate after the matrix product (the fast, GPU-friendly variant).</source>
        <translation>Áp dụng cổng đặt lại (reset gate) sau phép nhân ma trận (biến thể nhanh, hợp với GPU).</translation>
    </message>
    <message>
        <source>Runs a copy of a recurrent layer over the sequence backwards as well as forwards, so each step sees what comes before and after it. It has twice the weights.</source>
        <translation>Chạy một bản sao của lớp hồi quy trên chuỗi theo cả chiều ngược lẫn chiều xuôi, để mỗi bước thấy cả những gì đứng trước và sau nó. Nó có gấp đôi số trọng số.</translation>
    </message>
    <message>
        <source>The recurrent layer that is run twice: once forwards, once backwards.</source>
        <translation>Lớp hồi quy được chạy hai lần: một lần xuôi, một lần ngược.</translation>
    </message>
    <message>
        <source>How the two directions are joined: &apos;concat&apos; puts them side by side (twice the units), the others combine them value by value.</source>
        <translation>Cách nối hai chiều lại: &apos;concat&apos; đặt chúng cạnh nhau (gấp đôi số units), các cách còn lại kết hợp chúng theo từng giá trị.</translation>
    </message>
    <message>
        <source>Applies the same layer to every step of a sequence separately, sharing its weights across steps. A Dense already works step by step on a sequence (on its last axis), so wrapping one gives the same result as the plain Dense. TimeDistributed is really needed for layers that do not work step by step by themselves, e.g. a Conv2D run over every frame of a video.</source>
        <translation>Áp dụng cùng một lớp lên từng bước của chuỗi riêng rẽ, dùng chung trọng số của nó cho mọi bước. Một lớp Dense vốn đã xử lý chuỗi theo từng bước (trên trục cuối cùng), nên bọc nó lại cho kết quả giống hệt Dense thường. TimeDistributed thật sự cần cho những lớp tự chúng không xử lý theo từng bước, ví dụ một Conv2D chạy trên từng khung hình của một video.</translation>
    </message>
    <message>
        <source>The layer applied to each step with the same weights.</source>
        <translation>Lớp được áp dụng lên từng bước với cùng trọng số.</translation>
    </message>
    <message>
        <source>For every step of the query, attention scores how well it matches each step of the key and takes a weighted mix of the values. Feeding the same sequence as query and value is self-attention, the heart of a Transformer.</source>
        <translation>Với mỗi bước của query, cơ chế chú ý (attention) chấm điểm mức độ khớp của nó với từng bước của key và lấy một tổ hợp có trọng số của các value. Đưa cùng một chuỗi làm query và value là tự chú ý (self-attention), trái tim của Transformer.</translation>
    </message>
    <message>
        <source>How many attention heads look at the sequence in parallel, each with its own idea of what matters.</source>
        <translation>Số đầu chú ý (attention head) cùng nhìn song song vào chuỗi, mỗi đầu có ý niệm riêng về điều gì quan trọng.</translation>
    </message>
    <message>
        <source>The size of each head&apos;s query and key vectors.</source>
        <translation>Kích thước các vectơ query và key của mỗi đầu.</translation>
    </message>
    <message>
        <source>The size of each head&apos;s value vectors; empty means the same as key_dim.</source>
        <translation>Kích thước các vectơ value của mỗi đầu; để trống nghĩa là bằng key_dim.</translation>
    </message>
    <message>
        <source>Fraction of attention weights dropped at random during training.</source>
        <translation>Tỉ lệ các trọng số chú ý bị bỏ ngẫu nhiên trong khi huấn luyện.</translation>
    </message>
    <message>
        <source>Which axes attention looks across, counted from 1 after the batch: empty means every axis between the batch and the features (the steps of a sequence). On a grid (height, width, features), [1, 2] attends over the whole grid and [2] within each row only.</source>
        <translation>Cơ chế chú ý nhìn qua những trục nào, đếm từ 1 sau trục lô (batch): để trống nghĩa là mọi trục nằm giữa trục lô và trục đặc trưng (các bước của một chuỗi). Trên một lưới (chiều cao, chiều rộng, đặc trưng), [1, 2] chú ý trên toàn lưới còn [2] chỉ trong từng hàng.</translation>
    </message>
    <message>
        <source>Adds its inputs value by value. With a layer&apos;s input and output it forms a skip (residual) connection, which lets very deep networks train. The inputs must have the same shape, except that a size of 1 is stretched to match the other input&apos;s size.</source>
        <translation>Cộng các đầu vào theo từng giá trị. Với đầu vào và đầu ra của một lớp, nó tạo thành một kết nối tắt (skip, hay residual connection), giúp các mạng rất sâu huấn luyện được. Các đầu vào phải có cùng hình dạng, trừ việc một kích thước bằng 1 được kéo giãn cho khớp với kích thước của đầu vào kia.</translation>
    </message>
    <message>
        <source>Subtracts the second input from the first, value by value, e.g. to compare two encodings. The inputs must have the same shape, except that a size of 1 is stretched to match the other input&apos;s size.</source>
        <translation>Lấy đầu vào thứ nhất trừ đầu vào thứ hai, theo từng giá trị, ví dụ để so sánh hai biểu diễn mã hóa. Các đầu vào phải có cùng hình dạng, trừ việc một kích thước bằng 1 được kéo giãn cho khớp với kích thước của đầu vào kia.</translation>
    </message>
    <message>
        <source>Multiplies its inputs value by value, e.g. to let one branch switch parts of another on and off (gating). Squeeze-and-excite blocks (EfficientNet, MobileNetV3) multiply an image (h, w, c) by one weight per channel (1, 1, c) this way. The inputs must have the same shape, except that a size of 1 is stretched to match the other input&apos;s size.</source>
        <translation>Nhân các đầu vào theo từng giá trị, ví dụ để một nhánh bật tắt các phần của nhánh khác (cơ chế cổng, gating). Các khối squeeze-and-excite (EfficientNet, MobileNetV3) nhân một ảnh (h, w, c) với một trọng số cho mỗi kênh (1, 1, c) theo cách này. Các đầu vào phải có cùng hình dạng, trừ việc một kích thước bằng 1 được kéo giãn cho khớp với kích thước của đầu vào kia.</translation>
    </message>
    <message>
        <source>Takes the mean of its inputs value by value, e.g. to blend the predictions of several branches. The inputs must have the same shape, except that a size of 1 is stretched to match the other input&apos;s size.</source>
        <translation>Lấy trung bình các đầu vào theo từng giá trị, ví dụ để pha trộn dự đoán của nhiều nhánh. Các đầu vào phải có cùng hình dạng, trừ việc một kích thước bằng 1 được kéo giãn cho khớp với kích thước của đầu vào kia.</translation>
    </message>
    <message>
        <source>Keeps, at every position, the largest of its inputs&apos; values, e.g. to let the strongest of several detectors win. The inputs must have the same shape, except that a size of 1 is stretched to match the other input&apos;s size.</source>
        <translation>Tại mỗi vị trí, giữ giá trị lớn nhất trong các đầu vào, ví dụ để bộ dò mạnh nhất trong nhiều bộ dò thắng. Các đầu vào phải có cùng hình dạng, trừ việc một kích thước bằng 1 được kéo giãn cho khớp với kích thước của đầu vào kia.</translation>
    </message>
    <message>
        <source>Keeps, at every position, the smallest of its inputs&apos; values, e.g. to combine branches so that all of them must agree before a value is high. The inputs must have the same shape, except that a size of 1 is stretched to match the other input&apos;s size.</source>
        <translation>Tại mỗi vị trí, giữ giá trị nhỏ nhất trong các đầu vào, ví dụ để kết hợp các nhánh sao cho tất cả phải đồng ý thì một giá trị mới cao. Các đầu vào phải có cùng hình dạng, trừ việc một kích thước bằng 1 được kéo giãn cho khớp với kích thước của đầu vào kia.</translation>
    </message>
    <message>
        <source>Puts its inputs side by side along one axis, e.g. 32 and 16 features become 48. All other axes must have the same size.</source>
        <translation>Đặt các đầu vào cạnh nhau theo một trục, ví dụ 32 và 16 đặc trưng thành 48. Mọi trục còn lại phải có cùng kích thước.</translation>
    </message>
    <message>
        <source>The axis along which the inputs are joined; -1 is the last (features or channels).</source>
        <translation>Trục mà theo đó các đầu vào được nối; -1 là trục cuối cùng (đặc trưng hoặc kênh).</translation>
    </message>
    <message>
        <source>Multiplies every value by a fixed number and adds an offset. Networks learn best from small numbers, so raw pixels (0 to 255) are usually scaled to 0 to 1 first.</source>
        <translation>Nhân mọi giá trị với một số cố định rồi cộng thêm một độ dịch. Mạng học tốt nhất từ các số nhỏ, nên điểm ảnh thô (0 đến 255) thường được đưa về 0 đến 1 trước.</translation>
    </message>
    <message>
        <source>Every value is multiplied by this (1/255 turns pixel values 0-255 into 0-1).</source>
        <translation>Mọi giá trị được nhân với số này (1/255 biến giá trị điểm ảnh 0-255 thành 0-1).</translation>
    </message>
    <message>
        <source>Added after scaling (e.g. -1 with scale 1/127.5 gives values from -1 to 1).</source>
        <translation>Được cộng vào sau khi nhân (ví dụ -1 với scale 1/127.5 cho giá trị từ -1 đến 1).</translation>
    </message>
    <message>
        <source>Shifts and scales each feature to mean 0 and spread 1: (x - mean) / √variance. Without a given mean and variance it measures them on the training data before training (adapt) and stores them in the model, not trained; with them (as pretrained models such as ConvNeXt use ImageNet&apos;s statistics) it stores nothing.</source>
        <translation>Dịch và co giãn mỗi đặc trưng về trung bình 0 và độ phân tán 1: (x - mean) / √variance. Nếu không được cho sẵn mean và variance, nó đo chúng trên tập huấn luyện trước khi huấn luyện (adapt) và lưu chúng trong mô hình, không huấn luyện chúng; nếu được cho sẵn (như các mô hình đã huấn luyện sẵn, chẳng hạn ConvNeXt, dùng số liệu thống kê của ImageNet) thì nó không lưu gì.</translation>
    </message>
    <message>
        <source>The axis whose values each get their own mean and variance; -1 is the last, none uses one mean for everything.</source>
        <translation>Trục mà mỗi giá trị trên đó có trung bình và phương sai riêng; -1 là trục cuối cùng, none dùng một trung bình cho tất cả.</translation>
    </message>
    <message>
        <source>The mean to subtract, one per channel (or one for all), e.g. ImageNet&apos;s [0.485, 0.456, 0.406] for pixels scaled to 0-1; empty measures it on the training data (adapt).</source>
        <translation>Giá trị trung bình cần trừ đi, một cho mỗi kênh (hoặc một cho tất cả), ví dụ [0.485, 0.456, 0.406] của ImageNet cho điểm ảnh đã đưa về 0-1; để trống thì nó được đo trên tập huấn luyện (adapt).</translation>
    </message>
    <message>
        <source>The variance to divide by (after its square root), one per channel (or one for all); set it together with mean.</source>
        <translation>Phương sai dùng để chia (sau khi lấy căn bậc hai), một cho mỗi kênh (hoặc một cho tất cả); hãy đặt nó cùng với mean.</translation>
    </message>
    <message>
        <source>Undo a normalization instead: multiply by the spread and add the mean back (to turn a model&apos;s outputs into real units).</source>
        <translation>Làm ngược lại một phép chuẩn hóa: nhân với độ phân tán rồi cộng lại giá trị trung bình (để đưa đầu ra của mô hình về đơn vị thật).</translation>
    </message>
    <message>
        <source>Mirrors each image at random. It is active only during training, so the network sees a slightly different version of each picture every epoch and overfits less. The changed picture keeps its label, so the change must not alter what it shows: a mirrored cat is still a cat, but a mirrored 2, 3 or 7 is no longer that digit, so do not flip digits or letters.</source>
        <translation>Lật gương mỗi ảnh một cách ngẫu nhiên. Nó chỉ hoạt động trong khi huấn luyện, nên ở mỗi epoch mạng thấy một phiên bản hơi khác của mỗi ảnh và ít quá khớp (overfitting) hơn. Ảnh đã thay đổi vẫn giữ nhãn của nó, nên thay đổi không được làm khác đi nội dung ảnh: một con mèo lật gương vẫn là một con mèo, nhưng số 2, 3 hay 7 lật gương không còn là chữ số đó nữa, nên đừng lật chữ số hay chữ cái.</translation>
    </message>
    <message>
        <source>Which mirror images are allowed: left-right, up-down, or both. Only use a flip that keeps the label true (a mirrored 2 or 7 is no longer that digit).</source>
        <translation>Những kiểu lật gương được phép: trái-phải, trên-dưới, hoặc cả hai. Chỉ dùng kiểu lật giữ cho nhãn vẫn đúng (số 2 hay 7 lật gương không còn là chữ số đó nữa).</translation>
    </message>
    <message>
        <source>Turns each image by a random angle. It is active only during training, so the network sees a slightly different version of each picture every epoch and overfits less. The changed picture keeps its label, so the change must not alter what it shows: keep the angle small for digits, since a 6 turned half way round reads as a 9.</source>
        <translation>Xoay mỗi ảnh một góc ngẫu nhiên. Nó chỉ hoạt động trong khi huấn luyện, nên ở mỗi epoch mạng thấy một phiên bản hơi khác của mỗi ảnh và ít quá khớp (overfitting) hơn. Ảnh đã thay đổi vẫn giữ nhãn của nó, nên thay đổi không được làm khác đi nội dung ảnh: với chữ số hãy giữ góc nhỏ, vì số 6 xoay nửa vòng sẽ đọc thành số 9.</translation>
    </message>
    <message>
        <source>The largest turn, as a fraction of a full circle (0.1 = up to 36 degrees either way).</source>
        <translation>Góc xoay lớn nhất, tính theo phần của một vòng tròn (0.1 = tới 36 độ về mỗi phía).</translation>
    </message>
    <message>
        <source>How the corners and edges that move in from outside the picture are filled: &apos;reflect&apos; mirrors the picture at its edge (d c b a | a b c d), &apos;wrap&apos; repeats it from the opposite edge (a b c d | a b c d), &apos;nearest&apos; repeats the edge pixel (a a a a | a b c d), &apos;constant&apos; uses fill_value.</source>
        <translation>Cách lấp các góc và mép đi vào từ bên ngoài ảnh: &apos;reflect&apos; lật gương ảnh tại mép (d c b a | a b c d), &apos;wrap&apos; lặp lại ảnh từ mép đối diện (a b c d | a b c d), &apos;nearest&apos; lặp lại điểm ảnh ở mép (a a a a | a b c d), &apos;constant&apos; dùng fill_value.</translation>
    </message>
    <message>
        <source>How a pixel that falls between grid points is read: &apos;bilinear&apos; blends the four nearest pixels (smooth), &apos;nearest&apos; takes the closest one (sharp, blocky).</source>
        <translation>Cách đọc một điểm ảnh rơi vào giữa các điểm lưới: &apos;bilinear&apos; pha trộn bốn điểm ảnh gần nhất (mượt), &apos;nearest&apos; lấy điểm gần nhất (sắc nét, vỡ khối).</translation>
    </message>
    <message>
        <source>The value of the filled pixels when fill_mode is &apos;constant&apos; (0 is black for pixels scaled to 0-1).</source>
        <translation>Giá trị của các điểm ảnh được lấp khi fill_mode là &apos;constant&apos; (0 là màu đen với điểm ảnh đã đưa về 0-1).</translation>
    </message>
    <message>
        <source>Zooms each image in or out by a random amount. It is active only during training, so the network sees a slightly different version of each picture every epoch and overfits less. The changed picture keeps its label, so the change must not alter what it shows: zooming in too far can cut off the part that tells the classes apart.</source>
        <translation>Phóng to hoặc thu nhỏ mỗi ảnh một lượng ngẫu nhiên. Nó chỉ hoạt động trong khi huấn luyện, nên ở mỗi epoch mạng thấy một phiên bản hơi khác của mỗi ảnh và ít quá khớp (overfitting) hơn. Ảnh đã thay đổi vẫn giữ nhãn của nó, nên thay đổi không được làm khác đi nội dung ảnh: phóng to quá mức có thể cắt mất phần giúp phân biệt các lớp (class).</translation>
    </message>
    <message>
        <source>The largest zoom in or out vertically, as a fraction (0.1 = up to 10%).</source>
        <translation>Mức phóng to hoặc thu nhỏ lớn nhất theo chiều dọc, tính theo tỉ lệ (0.1 = tới 10%).</translation>
    </message>
    <message>
        <source>The same horizontally; empty keeps the image&apos;s proportions.</source>
        <translation>Như trên, theo chiều ngang; để trống thì giữ nguyên tỉ lệ khung của ảnh.</translation>
    </message>
    <message>
        <source>Shifts each image by a random amount. It is active only during training, so the network sees a slightly different version of each picture every epoch and overfits less. The changed picture keeps its label, so the change must not alter what it shows: a shift must not push the object out of the picture.</source>
        <translation>Dịch chuyển mỗi ảnh một lượng ngẫu nhiên. Nó chỉ hoạt động trong khi huấn luyện, nên ở mỗi epoch mạng thấy một phiên bản hơi khác của mỗi ảnh và ít quá khớp (overfitting) hơn. Ảnh đã thay đổi vẫn giữ nhãn của nó, nên thay đổi không được làm khác đi nội dung ảnh: một lần dịch không được đẩy vật thể ra khỏi ảnh.</translation>
    </message>
    <message>
        <source>The largest shift up or down, as a fraction of the height.</source>
        <translation>Mức dịch lên hoặc xuống lớn nhất, tính theo tỉ lệ của chiều cao.</translation>
    </message>
    <message>
        <source>The largest shift left or right, as a fraction of the width.</source>
        <translation>Mức dịch sang trái hoặc phải lớn nhất, tính theo tỉ lệ của chiều rộng.</translation>
    </message>
    <message>
        <source>Draws a random point z = mean + exp(log_var / 2) * noise, with fresh standard normal noise each time; written this way the path from the loss back to mean and log_var stays differentiable, so the layers before it can learn. It also adds beta times the KL term to the loss: how far each example&apos;s cloud of codes, N(mean, exp(log_var)), is from a standard normal N(0, 1), summed over the code&apos;s numbers, plotted as its own curve &apos;kl&apos;. That pull towards one round cloud leaves no holes between the training codes, so every point of the code space decodes to a sensible picture: this is what makes an autoencoder variational. The rebuilding loss is averaged over the pixels while the KL is summed over the code, so beta = 1 / (pixels per picture) weighs them as the textbook VAE does, and beta = 0 adds no KL.</source>
        <translation>Rút một điểm ngẫu nhiên z = mean + exp(log_var / 2) * noise, với nhiễu chuẩn tắc mới mỗi lần; viết theo cách này, đường đi từ hàm mất mát (loss) ngược về mean và log_var vẫn khả vi, nên các lớp trước nó học được. Nó cũng cộng vào hàm mất mát beta nhân với số hạng KL: đám mây mã của mỗi mẫu dữ liệu, N(mean, exp(log_var)), cách phân phối chuẩn tắc N(0, 1) bao xa, cộng trên các số của mã, được vẽ thành đường cong riêng &apos;kl&apos;. Lực kéo về một đám mây tròn duy nhất đó không để lại lỗ hổng giữa các mã huấn luyện, nên mọi điểm của không gian mã đều giải mã thành một ảnh hợp lý: chính điều này làm một bộ tự mã hóa (autoencoder) thành biến phân (variational). Hàm mất mát tái tạo được lấy trung bình trên các điểm ảnh còn KL được cộng trên mã, nên beta = 1 / (số điểm ảnh mỗi ảnh) cân hai phần như VAE trong sách giáo khoa, và beta = 0 không thêm KL.</translation>
    </message>
    <message>
        <source>How much the KL term counts: 0 adds none (plain noise), larger pulls the codes harder towards mean 0 and spread 1 (smoother code space, blurrier pictures). The textbook VAE is 1 / (pixels per picture).</source>
        <translation>Số hạng KL được tính nặng bao nhiêu: 0 không thêm gì (chỉ là nhiễu), lớn hơn thì kéo các mã mạnh hơn về trung bình 0 và độ phân tán 1 (không gian mã mượt hơn, ảnh mờ hơn). VAE trong sách giáo khoa dùng 1 / (số điểm ảnh mỗi ảnh).</translation>
    </message>
    <message>
        <source>A network Keras already trained on ImageNet photos, reused as a ready-made feature extractor: its early layers find edges and textures, its later ones parts of objects. Frozen, only the small new head after it learns, which needs little data and time; fine-tuned (trainable on, best only the top layers at a small learning rate), it adapts too. It takes 3-channel pictures with pixels 0-1 and does its family&apos;s own preprocessing (below).</source>
        <translation>Một mạng Keras đã huấn luyện sẵn trên ảnh ImageNet, dùng lại như một bộ trích xuất đặc trưng có sẵn: các lớp đầu của nó tìm cạnh và kết cấu, các lớp sau tìm các bộ phận của vật thể. Khi đóng băng, chỉ phần đầu (head) mới nhỏ phía sau nó học, cần ít dữ liệu và thời gian; khi tinh chỉnh (fine-tuning) (bật trainable, tốt nhất chỉ các lớp trên cùng với tốc độ học (learning rate) nhỏ), nó cũng thích nghi theo. Nó nhận ảnh 3 kênh với điểm ảnh 0-1 và tự làm bước tiền xử lý riêng của họ mô hình của nó (xem bên dưới).</translation>
    </message>
    <message>
        <source>Which keras.applications model to use, without its 1000-class ImageNet top.</source>
        <translation>Mô hình keras.applications nào được dùng, không kèm phần đầu (top) 1000 lớp (class) ImageNet của nó.</translation>
    </message>
    <message>
        <source>Where the base starts. &apos;imagenet&apos;: the weights Keras trained on about 1.28 million ImageNet photos, if that file is in the Keras cache (if not, random weights, and the Problems list says so). &apos;none&apos;: random weights, the same network trained from scratch.</source>
        <translation>Phần nền bắt đầu từ đâu. &apos;imagenet&apos;: các trọng số Keras đã huấn luyện trên khoảng 1.28 triệu ảnh ImageNet, nếu tệp đó có trong bộ nhớ đệm (cache) của Keras (nếu không, trọng số ngẫu nhiên, và danh sách Vấn đề sẽ báo). &apos;none&apos;: trọng số ngẫu nhiên, cùng mạng đó được huấn luyện từ đầu.</translation>
    </message>
    <message>
        <source>Off: the base is frozen and only the layers after it learn (feature extraction). On: training also changes the base&apos;s weights (fine-tuning). A pretrained base&apos;s BatchNormalization layers stay frozen even then, as Keras advises.</source>
        <translation>Tắt: phần nền bị đóng băng và chỉ các lớp sau nó học (trích xuất đặc trưng). Bật: huấn luyện cũng thay đổi trọng số của phần nền (tinh chỉnh, fine-tuning). Ngay cả khi đó, các lớp BatchNormalization của phần nền đã huấn luyện sẵn vẫn bị đóng băng, như Keras khuyên.</translation>
    </message>
    <message>
        <source>With trainable on: 0 trains every layer of the base; N trains only its last N layers and keeps the earlier ones frozen.</source>
        <translation>Khi bật trainable: 0 huấn luyện mọi lớp của phần nền; N chỉ huấn luyện N lớp cuối của nó và giữ các lớp trước bị đóng băng.</translation>
    </message>
    <message>
        <source>What the base gives out. &apos;avg&apos; or &apos;max&apos;: one number per channel (global pooling), ready for a Dense head; &apos;none&apos;: the last feature map (height, width, channels).</source>
        <translation>Phần nền đưa ra gì. &apos;avg&apos; hoặc &apos;max&apos;: một số cho mỗi kênh (gộp toàn cục), sẵn sàng cho một phần đầu Dense; &apos;none&apos;: bản đồ đặc trưng (feature map) cuối cùng (chiều cao, chiều rộng, kênh).</translation>
    </message>
</context>
</TS>
