import json, collections, re
ids=set(); cnt=collections.Counter(); elim=0; bad=[]
for n,line in enumerate(open('/work/heldout3/cases.jsonl',encoding='utf-8'),1):
    c=json.loads(line)
    assert set(c)=={'id','text','expect','why','lang','leak'},n
    assert c['id'] not in ids; ids.add(c['id'])
    assert c['lang'] in ('en','sr-Latn','sr-Cyrl')
    assert c['leak']==bool(c['expect']),c['id']
    for e in c['expect']:
        if e not in c['text']: bad.append((c['id'],e))
    cyr=bool(re.search('[\u0400-\u04FF]',c['text']))
    if (c['lang']=='sr-Cyrl')!=cyr: bad.append((c['id'],'script?'))
    cnt[(c['lang'],c['leak'])]+=1
    if c['why'].startswith('elimination'): elim+=1
print('lines',len(ids),'bad',bad)
for lang in ('en','sr-Latn','sr-Cyrl'):
    print(lang,'leak',cnt[(lang,True)],'clean',cnt[(lang,False)])
print('leak',sum(v for k,v in cnt.items() if k[1]),'clean',sum(v for k,v in cnt.items() if not k[1]),'elimination',elim)
