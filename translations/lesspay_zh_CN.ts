<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Amount</name>
    <message>
        <source>The amount is empty.</source>
        <translation>金额为空。</translation>
    </message>
    <message>
        <source>The amount may contain only digits and one decimal point.</source>
        <translation>金额只能包含数字和一个小数点。</translation>
    </message>
    <message>
        <source>The amount must not carry a sign.</source>
        <translation>金额不能带正负号。</translation>
    </message>
    <message>
        <source>The amount is in scientific notation; write it out in full digits.</source>
        <translation>金额使用了科学计数法，请写出完整的数字。</translation>
    </message>
    <message>
        <source>The amount must not contain thousands separators.</source>
        <translation>金额不能包含千位分隔符。</translation>
    </message>
    <message>
        <source>The amount needs digits on both sides of the decimal point.</source>
        <translation>小数点两侧都必须有数字。</translation>
    </message>
    <message>
        <source>This currency takes no decimals.</source>
        <translation>该币种不使用小数。</translation>
    </message>
    <message numerus="yes">
        <source>This currency takes at most %n decimal(s).</source>
        <translation><numerusform>该币种最多保留 %n 位小数。</numerusform></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Lesspay refused the request</source>
        <translation>Lesspay 拒绝了该请求</translation>
    </message>
    <message>
        <source>The server answered with an HTTP error</source>
        <translation>服务器返回了 HTTP 错误</translation>
    </message>
    <message>
        <source>The connection to the server failed</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <source>The server's answer could not be read</source>
        <translation>无法读取服务器的响应</translation>
    </message>
    <message>
        <source>The server redirected the request; payment calls never follow redirects</source>
        <translation>服务器重定向了该请求；付款请求从不跟随重定向</translation>
    </message>
    <message>
        <source>The request was not sent</source>
        <translation>请求未发送</translation>
    </message>
    <message>
        <source>%1: code %2, %3</source>
        <translation>%1：代码 %2，%3</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1（HTTP %2）</translation>
    </message>
    <message>
        <source>%1 (HTTP %2 to %3)</source>
        <translation>%1（HTTP %2，重定向到 %3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>BankRecipientDialog</name>
    <message>
        <source>Add bank recipient</source>
        <translation>添加银行收款人</translation>
    </message>
    <message>
        <source>Order &amp;ID:</source>
        <translation>订单号(&amp;I)：</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation>户名(&amp;H)：</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>Account &amp;number:</source>
        <translation>账号(&amp;N)：</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation>账户类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>银行(&amp;B)：</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>银行名称</translation>
    </message>
    <message>
        <source>Bank &amp;country:</source>
        <translation>银行所在国家/地区(&amp;C)：</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>银行所在国家/地区</translation>
    </message>
    <message>
        <source>Type a code or a name, e.g. PH or Philippines</source>
        <translation>输入代码或名称，例如 PH 或 Philippines</translation>
    </message>
    <message>
        <source>&amp;SWIFT/BIC:</source>
        <translation>SWIFT/BIC(&amp;S)：</translation>
    </message>
    <message>
        <source>SWIFT or BIC code</source>
        <translation>SWIFT 或 BIC 代码</translation>
    </message>
    <message>
        <source>8 or 11 characters, e.g. BNORPHMM</source>
        <translation>8 位或 11 位字符，例如 BNORPHMM</translation>
    </message>
</context>
<context>
    <name>BatchState</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>待提交</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>提交中</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Checking with Lesspay</source>
        <translation>正在向 Lesspay 核实</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>This draft was already submitted and can no longer change.</source>
        <translation>该草稿已提交，无法再修改。</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>银行所在国家/地区</translation>
    </message>
    <message>
        <source>SWIFT/BIC</source>
        <translation>SWIFT/BIC</translation>
    </message>
    <message>
        <source>Wallet holder</source>
        <translation>钱包户名</translation>
    </message>
    <message>
        <source>Wallet account</source>
        <translation>钱包账号</translation>
    </message>
    <message>
        <source>Wallet account type</source>
        <translation>钱包账户类型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Deposit key type</source>
        <translation>收款标识类型</translation>
    </message>
    <message>
        <source>Deposit key</source>
        <translation>收款标识</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>无法打开记录日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the journal %1: %2</source>
        <translation>无法准备记录日志 %1：%2</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of the console (schema %1).</source>
        <translation>该记录日志由更新版本的控制台写入（结构版本 %1）。</translation>
    </message>
    <message>
        <source>Cannot upgrade the journal: %1</source>
        <translation>无法升级记录日志：%1</translation>
    </message>
    <message>
        <source>The batch body has no request_id or no details.</source>
        <translation>批次内容缺少 request_id 或明细。</translation>
    </message>
    <message>
        <source>The batch could not be recorded: %1</source>
        <translation>无法记录该批次：%1</translation>
    </message>
    <message>
        <source>Frozen for sending</source>
        <translation>已锁定待提交</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core</name>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>The file is larger than the import limit.</source>
        <translation>文件超过了导入大小上限。</translation>
    </message>
    <message>
        <source>This system cannot decode the chosen text encoding.</source>
        <translation>本系统无法解码所选的文本编码。</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8. The file was probably saved as Windows-1252 (Western European); open it again with that encoding.</source>
        <translation>文本不是有效的 UTF-8。该文件可能以 Windows-1252（西欧）编码保存，请用该编码重新打开。</translation>
    </message>
    <message>
        <source>the text is not valid UTF-16.</source>
        <translation>文本不是有效的 UTF-16。</translation>
    </message>
    <message>
        <source>a quoted field starts here and is never closed.</source>
        <translation>带引号的字段从此处开始，但没有结束引号。</translation>
    </message>
    <message>
        <source>text follows a closing quote; a quote inside a quoted field must be doubled.</source>
        <translation>结束引号后还有文本；带引号的字段中的引号必须写成两个。</translation>
    </message>
    <message>
        <source>the record is too long (is a quote missing?).</source>
        <translation>该记录过长（是否缺少引号？）。</translation>
    </message>
    <message>
        <source>the record has too many fields.</source>
        <translation>该记录的字段过多。</translation>
    </message>
    <message>
        <source>Another payout in this batch has the same order ID.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Core::ApiClient</name>
    <message>
        <source>No app secret is available for this profile.</source>
        <translation>此配置没有可用的应用密钥。</translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation>请求内容不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::Batch</name>
    <message>
        <source>The request ID must be 1 to 64 letters, digits, '_' or '-'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the batch currency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 payouts are not enabled for this profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The way type of the profile is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The way code of the profile is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The notify URL must be an http or https URL with a host.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Core::BatchModel</name>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>电子钱包</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Holder name</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>SWIFT/BIC</source>
        <translation>SWIFT/BIC</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>标识类型</translation>
    </message>
    <message>
        <source>Deposit key</source>
        <translation>收款标识</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::Checker</name>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>Contains an invisible control character (U+%1); retype the value.</source>
        <translation>包含一个不可见的控制字符（U+%1），请重新输入。</translation>
    </message>
    <message>
        <source>At most %1 characters are allowed here.</source>
        <translation>此处最多允许 %1 个字符。</translation>
    </message>
    <message>
        <source>The order ID may contain only letters A-Z, digits, '_' and '-'.</source>
        <translation>订单号只能包含字母 A-Z、数字、“_”和“-”。</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The account type must be individual or business.</source>
        <translation>账户类型必须是个人或企业。</translation>
    </message>
    <message>
        <source>The account number may contain only letters and digits (spaces and dashes are removed).</source>
        <translation>账号只能包含字母和数字（空格和连字符会被自动去除）。</translation>
    </message>
    <message>
        <source>The account number must have 4 to 34 letters or digits.</source>
        <translation>账号必须为 4 到 34 位字母或数字。</translation>
    </message>
    <message>
        <source>Not an ISO 3166-1 two-letter country code.</source>
        <translation>不是 ISO 3166-1 两位字母国家/地区代码。</translation>
    </message>
    <message>
        <source>A SWIFT/BIC code has 8 or 11 characters.</source>
        <translation>SWIFT/BIC 代码为 8 位或 11 位字符。</translation>
    </message>
    <message>
        <source>A SWIFT/BIC code has only letters and digits.</source>
        <translation>SWIFT/BIC 代码只能包含字母和数字。</translation>
    </message>
    <message>
        <source>Characters 5 and 6 of a SWIFT/BIC code must be a country code.</source>
        <translation>SWIFT/BIC 代码的第 5、6 位必须是国家/地区代码。</translation>
    </message>
    <message>
        <source>This is a SWIFT test and training code; real payments cannot reach it.</source>
        <translation>这是 SWIFT 测试和培训代码，真实付款无法到达。</translation>
    </message>
    <message>
        <source>The SWIFT/BIC code belongs to %1, the bank country is %2.</source>
        <translation>该 SWIFT/BIC 代码属于 %1，而银行所在国家/地区为 %2。</translation>
    </message>
    <message>
        <source>No e-wallet provider is offered for %1.</source>
        <translation>%1 没有可用的电子钱包服务商。</translation>
    </message>
    <message>
        <source>Not offered for %1; choose one of: %2.</source>
        <translation>%1 不支持此项，请从以下选项中选择：%2。</translation>
    </message>
    <message>
        <source>The deposit key type must be phone, email, cpf, cnpj or random.</source>
        <translation>收款标识类型必须是 phone、email、cpf、cnpj 或 random。</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>不是电话号码。</translation>
    </message>
    <message>
        <source>Write the phone number with its country code, e.g. +63 917 123 4567.</source>
        <translation>请填写带国家/地区代码的电话号码，例如 +63 917 123 4567。</translation>
    </message>
    <message>
        <source>The phone number has an unknown country code.</source>
        <translation>电话号码的国家/地区代码未知。</translation>
    </message>
    <message>
        <source>The phone number has the wrong length for its country.</source>
        <translation>电话号码的长度与其所属国家/地区不符。</translation>
    </message>
    <message>
        <source>%1 is not in any number range known for its country; check it.</source>
        <translation>%1 不在其所属国家/地区的任何已知号段中，请核对。</translation>
    </message>
    <message>
        <source>The phone key %1 is not the same number as the wallet account number.</source>
        <translation>电话收款标识 %1 与钱包账号不是同一个号码。</translation>
    </message>
    <message>
        <source>Not a valid e-mail address.</source>
        <translation>不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>A random key is a UUID like 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation>随机标识是形如 123e4567-e89b-12d3-a456-426614174000 的 UUID。</translation>
    </message>
    <message>
        <source>The all-zero UUID is not a key.</source>
        <translation>全零 UUID 不是有效的标识。</translation>
    </message>
    <message>
        <source>A CPF has 11 digits.</source>
        <translation>CPF 为 11 位数字。</translation>
    </message>
    <message>
        <source>A CNPJ has 12 letters or digits followed by 2 check digits.</source>
        <translation>CNPJ 由 12 位字母或数字加 2 位校验位组成。</translation>
    </message>
    <message>
        <source>A number of one repeated digit is never issued.</source>
        <translation>由同一数字重复组成的号码从不会被签发。</translation>
    </message>
    <message>
        <source>The check digits do not match; the number has a typo.</source>
        <translation>校验位不匹配，号码有输入错误。</translation>
    </message>
    <message>
        <source>The destination must be bank or ewallet.</source>
        <translation>收款方式必须是 bank 或 ewallet。</translation>
    </message>
    <message>
        <source>Ignored for a bank payout.</source>
        <translation>银行代付时忽略此项。</translation>
    </message>
    <message>
        <source>Ignored for an e-wallet payout.</source>
        <translation>电子钱包代付时忽略此项。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::ConnectionTester</name>
    <message>
        <source>The credentials work: the server accepted the signed request.</source>
        <translation>凭据有效：服务器已接受签名请求。</translation>
    </message>
    <message>
        <source>The server rejected the signature (HTTP 401): the secret or the APPID is wrong.</source>
        <translation>服务器拒绝了签名（HTTP 401）：密钥或 APPID 有误。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::KeychainSecretStore</name>
    <message>
        <source>no answer after %1 ms</source>
        <translation>%1 毫秒后仍无响应</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::LocalSandboxLauncher</name>
    <message>
        <source>the Local sandbox profile was removed</source>
        <translation>本地沙箱配置已被删除</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>本地沙箱</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::Profile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>配置需要名称。</translation>
    </message>
    <message>
        <source>The APPID is missing.</source>
        <translation>缺少 APPID。</translation>
    </message>
    <message>
        <source>The base URL must be an http or https URL with a host.</source>
        <translation>基础 URL 必须是包含主机名的 http 或 https 地址。</translation>
    </message>
    <message>
        <source>A production base URL must use https.</source>
        <translation>生产环境的基础 URL 必须使用 https。</translation>
    </message>
    <message>
        <source>The supported-banks path must start with '/'.</source>
        <translation>支持银行列表的路径必须以“/”开头。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::RecipientImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Core::SandboxProcess</name>
    <message>
        <source>the sandbox did not report its port within %1 ms</source>
        <translation>沙箱未在 %1 毫秒内报告端口</translation>
    </message>
    <message>
        <source>the sandbox is already running</source>
        <translation>沙箱已在运行</translation>
    </message>
    <message>
        <source>the lesspay-sandbox program was not found</source>
        <translation>找不到 lesspay-sandbox 程序</translation>
    </message>
    <message>
        <source>the sandbox could not be started: %1</source>
        <translation>无法启动沙箱：%1</translation>
    </message>
    <message>
        <source>the sandbox stopped unexpectedly</source>
        <translation>沙箱意外停止</translation>
    </message>
    <message>
        <source>the sandbox exited with code %1</source>
        <translation>沙箱已退出，退出码 %1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::SecretResult</name>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>no secret saved, or the keychain is locked</source>
        <translation>未保存密钥，或密钥环已锁定</translation>
    </message>
    <message>
        <source>keychain unavailable: %1</source>
        <translation>密钥环不可用：%1</translation>
    </message>
    <message>
        <source>the keychain did not answer in time: %1</source>
        <translation>密钥环未及时响应：%1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::Settings</name>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file</source>
        <translation>%1 不是有效的设置文件</translation>
    </message>
</context>
<context>
    <name>Lesspay::Core::SpreadsheetDamage</name>
    <message>
        <source>%1 looks like a mobile number whose leading 0 a spreadsheet removed (0%1). Check the number; it was imported as written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CPF has 11 digits; %1 has %2. A spreadsheet probably removed leading zeros: format the column as Text and export again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CNPJ has 14 digits; %1 has %2. A spreadsheet probably removed leading zeros: format the column as Text and export again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in scientific notation: a spreadsheet shortened the number and the original digits are lost. Format the column as Text and export again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 looks like a date: a spreadsheet probably converted the number. Format the column as Text and export again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Ui::AboutDialog</name>
    <message>
        <source>About Lesspay Payout Console</source>
        <translation>关于 Lesspay 代付控制台</translation>
    </message>
    <message>
        <source>Lesspay Payout Console</source>
        <translation>Lesspay 代付控制台</translation>
    </message>
    <message>
        <source>Prepare, submit and track payout batches to bank accounts and e-wallets.</source>
        <translation>创建、提交并跟踪向银行账户和电子钱包付款的代付批次。</translation>
    </message>
    <message>
        <source>This program is free software, licensed under the &lt;a href="%1"&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with no warranty.</source>
        <translation>本程序是自由软件，依据 &lt;a href="%1"&gt;GNU 通用公共许可证第 3 版或更高版本&lt;/a&gt;授权，不提供任何担保。</translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（编译时为 %2）</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BankRecipientDialog</name>
    <message>
        <source>Amount in %1</source>
        <translation>%1 金额</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchEditProxyModel</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchEditor</name>
    <message>
        <source>Request ID</source>
        <translation>请求号</translation>
    </message>
    <message>
        <source>Way type</source>
        <translation>通道类型</translation>
    </message>
    <message>
        <source>Way code</source>
        <translation>通道编码</translation>
    </message>
    <message>
        <source>Notify URL</source>
        <translation>通知地址</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>代付明细</translation>
    </message>
    <message>
        <source>Generated by the console; it identifies this batch at Lesspay and is never reused</source>
        <translation>由控制台生成，用于在 Lesspay 识别此批次，永不重复使用</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>https://example.com/lesspay/notify</source>
        <translation>https://example.com/lesspay/notify</translation>
    </message>
    <message>
        <source>&amp;Request ID:</source>
        <translation>请求号(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Notify URL:</source>
        <translation>通知地址(&amp;N)：</translation>
    </message>
    <message>
        <source>Way &amp;type:</source>
        <translation>通道类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Way c&amp;ode:</source>
        <translation>通道编码(&amp;O)：</translation>
    </message>
    <message>
        <source>Add bank row</source>
        <translation>添加银行行</translation>
    </message>
    <message>
        <source>Add e-wallet row</source>
        <translation>添加电子钱包行</translation>
    </message>
    <message>
        <source>Add bank recipient…</source>
        <translation>添加银行收款人…</translation>
    </message>
    <message>
        <source>Add e-wallet recipient…</source>
        <translation>添加电子钱包收款人…</translation>
    </message>
    <message>
        <source>Duplicate rows</source>
        <translation>复制为新行</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>清空单元格</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Show account numbers</source>
        <translation>显示完整账号</translation>
    </message>
    <message>
        <source>Hide account numbers</source>
        <translation>隐藏账号</translation>
    </message>
    <message>
        <source>Edit way type</source>
        <translation>编辑通道类型</translation>
    </message>
    <message>
        <source>Edit way code</source>
        <translation>编辑通道编码</translation>
    </message>
    <message>
        <source>Edit notify URL</source>
        <translation>编辑通知地址</translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation>更改币种</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <translation><numerusform>将 %n 行复制为新行</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation><numerusform>删除 %n 行</numerusform></translation>
    </message>
    <message>
        <source>Add bank recipient</source>
        <translation>添加银行收款人</translation>
    </message>
    <message>
        <source>Add e-wallet recipient</source>
        <translation>添加电子钱包收款人</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::BatchItemDelegate</name>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>电子钱包</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>企业</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::DepositKeyInput</name>
    <message>
        <source>CPF</source>
        <translation>CPF</translation>
    </message>
    <message>
        <source>CNPJ</source>
        <translation>CNPJ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Random key (UUID)</source>
        <translation>随机标识（UUID）</translation>
    </message>
    <message>
        <source>000.000.000-00 (11 digits)</source>
        <translation>000.000.000-00（11 位数字）</translation>
    </message>
    <message>
        <source>00.000.000/0000-00 (14 characters)</source>
        <translation>00.000.000/0000-00（14 位字符）</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+63 917 123 4567 (with country code)</source>
        <translation>+63 917 123 4567（含国家/地区代码）</translation>
    </message>
    <message>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::FirstRunPage</name>
    <message>
        <source>Welcome to Lesspay Payout Console</source>
        <translation>欢迎使用 Lesspay 代付控制台</translation>
    </message>
    <message>
        <source>Prepare payout batches to bank accounts and e-wallets, check every recipient as you type, submit the batch and follow each payout to its final status.</source>
        <translation>创建向银行账户和电子钱包付款的代付批次，输入时即校验每位收款人，提交批次后跟踪每笔代付直至最终状态。</translation>
    </message>
    <message>
        <source>Try it safely with the local sandbox</source>
        <translation>先用本地沙箱放心试用</translation>
    </message>
    <message>
        <source>The console comes with a local sandbox: a server on this computer that behaves like Lesspay. It checks signatures and recipient details, moves payouts through their statuses and can simulate failures. No real money moves and no account is needed, so you can try everything right away.</source>
        <translation>控制台自带一个本地沙箱：它是在本机运行、行为与 Lesspay 一致的服务器。它会校验签名和收款人信息，推动代付依次经历各个状态，还能模拟失败情况。沙箱不会转出任何真实资金，也无需开通账户，您可以立即体验全部功能。</translation>
    </message>
    <message>
        <source>Add a real profile</source>
        <translation>添加正式配置</translation>
    </message>
    <message>
        <source>When you are ready to pay for real, add a profile with the App ID, the app secret and the API address that Lesspay gave you for that environment (UAT or production). Switch between profiles at any time; the sandbox profile stays available.</source>
        <translation>准备好真实付款时，请添加一个配置，填写 Lesspay 为该环境（UAT 测试环境或生产环境）提供的 App ID、应用密钥和 API 地址。您可以随时切换配置，沙箱配置会一直保留。</translation>
    </message>
    <message>
        <source>Where your secret lives</source>
        <translation>您的密钥保存在哪里</translation>
    </message>
    <message>
        <source>The app secret is kept in your system keyring (GNOME Keyring, KWallet or KeePassXC), never in a file. Profiles, without secrets, are saved in %1.</source>
        <translation>应用密钥保存在系统密钥环（GNOME Keyring、KWallet 或 KeePassXC）中，绝不写入文件。配置（不含密钥）保存在 %1。</translation>
    </message>
    <message>
        <source>Start from the CSV template</source>
        <translation>从 CSV 模板开始</translation>
    </message>
    <message>
        <source>Save the CSV template, fill in one row per payout in your spreadsheet (bank columns for bank transfers, e-wallet columns for e-wallets) and import it. The console checks every row and shows what needs fixing before anything is sent.</source>
        <translation>保存 CSV 模板，在电子表格中每笔代付填写一行（银行转账填写银行列，电子钱包填写电子钱包列），然后导入。控制台会校验每一行，并在提交前标出需要修改的内容。</translation>
    </message>
    <message>
        <source>Open the local &amp;sandbox</source>
        <translation>打开本地沙箱(&amp;S)</translation>
    </message>
    <message>
        <source>Add a real &amp;profile…</source>
        <translation>添加正式配置(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the CSV &amp;template…</source>
        <translation>保存 CSV 模板(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::ProfileEditorDialog</name>
    <message>
        <source>Local sandbox (started by the console)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lesspay UAT (test host)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom base URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the profile "%1" and its saved secret?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set when the sandbox starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local sandbox's secret is generated by the console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saved on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not understood and left out: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lesspay::Ui::RecipientDialog</name>
    <message>
        <source>%1 problem</source>
        <translation>%1的问题</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::SummaryBar</name>
    <message>
        <source>Next problem</source>
        <translation>下一个问题</translation>
    </message>
    <message>
        <source>Go to the next cell with an error or a warning (F8)</source>
        <translation>跳转到下一个有错误或警告的单元格（F8）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n 行</numerusform></translation>
    </message>
    <message>
        <source>Total: too large to send</source>
        <translation>合计：金额过大，无法提交</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message numerus="yes">
        <source>(%n amount(s) not counted)</source>
        <translation><numerusform>（%n 笔金额未计入）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n 个错误</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n 个警告</numerusform></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Accepted by Lesspay</source>
        <translation>Lesspay 已受理</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Outcome unknown: being reconciled</source>
        <translation>结果未知：正在对账</translation>
    </message>
</context>
<context>
    <name>Lesspay::Ui::WalletRecipientDialog</name>
    <message>
        <source>Amount in %1</source>
        <translation>%1 金额</translation>
    </message>
    <message>
        <source>No e-wallet provider for %1</source>
        <translation>%1 没有可用的电子钱包服务商</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production: payouts sent with this profile move real money.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;APPID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App secret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Set secret…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>appSecret from Lesspay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Way &amp;type:</source>
        <translation>通道类型(&amp;T)：</translation>
    </message>
    <message>
        <source>BANK_TRANSFER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Way &amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;otify URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;urrencies:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ISO 4217 codes separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overrides of the decimals a currency may carry, e.g. IDR=0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IDR=0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-wallet &amp;providers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Providers beyond the built-in table, one currency per line, e.g. PHP: Coins.ph, Maya</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supported-&amp;banks path:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sa&amp;ve profile</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecipientImporter</name>
    <message>
        <source>The row has %1 cells but the header only %2; the cells beyond the header were not imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The row has %1 cells but the header %2; the missing cells were read as empty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WalletRecipientDialog</name>
    <message>
        <source>Add e-wallet recipient</source>
        <translation>添加电子钱包收款人</translation>
    </message>
    <message>
        <source>Order &amp;ID:</source>
        <translation>订单号(&amp;I)：</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Wallet &amp;holder:</source>
        <translation>钱包户名(&amp;H)：</translation>
    </message>
    <message>
        <source>Wallet holder</source>
        <translation>钱包户名</translation>
    </message>
    <message>
        <source>Wallet a&amp;ccount:</source>
        <translation>钱包账号(&amp;C)：</translation>
    </message>
    <message>
        <source>Wallet account number</source>
        <translation>钱包账号</translation>
    </message>
    <message>
        <source>Phone number, email or wallet ID</source>
        <translation>手机号、电子邮件或钱包 ID</translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation>账户类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Deposit &amp;key type:</source>
        <translation>收款标识类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Deposit key type</source>
        <translation>收款标识类型</translation>
    </message>
    <message>
        <source>&amp;Deposit key:</source>
        <translation>收款标识(&amp;D)：</translation>
    </message>
    <message>
        <source>Deposit key</source>
        <translation>收款标识</translation>
    </message>
</context>
</TS>
