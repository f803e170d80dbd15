# Converts the hand-written pipe files (one remark a line) to cases.jsonl; no content is generated.
import json, random
rows=[]
for fn,lang in [('en.txt','en'),('latn.txt','sr-Latn'),('cyrl.txt','sr-Cyrl')]:
    for n,l in enumerate(open('/work/heldout3/src/'+fn,encoding='utf-8').read().split('\n'),1):
        if not l.strip(): continue
        parts=l.split('|')
        assert len(parts)==4,(fn,n,l)
        k,text,exp,why=parts
        text=text.replace('\\n','\n'); exp=exp.replace('\\n','\n')
        expect=[e for e in exp.split(';;') if e] if exp else []
        rows.append({'text':text,'expect':expect,'why':why,'lang':lang,'leak':k=='L'})
random.seed(3); random.shuffle(rows)
with open('/work/heldout3/cases.jsonl','w',encoding='utf-8') as f:
    for i,r in enumerate(rows,1):
        f.write(json.dumps({'id':f'H3-{i:03d}',**r},ensure_ascii=False)+'\n')
