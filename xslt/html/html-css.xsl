<?xml version="1.0" encoding="UTF-8"?>
<!-- cabletei HTML style sheet: the CSS text, inlined in a style element by html.xsl and written
     as cabletei.css by site.xsl. Responsive column, margin page numbers, print rules. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template name="css.text">
    <xsl:text>:root{--text:#1b1b1b;--muted:#5c5c5c;--link:#1a4f8b;--rule:#d0d0d0;--mark:#fff4c2}
*,*::before,*::after{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;color:var(--text);background:#fff;font-family:Georgia,"Times New Roman",Times,serif;line-height:1.55}
a{color:var(--link)}
.skip{position:absolute;left:-999rem;top:0;background:#fff;padding:.5rem}
.skip:focus{left:.5rem;z-index:10}
.site-header,main,.page-footer,.pager{max-width:</xsl:text><xsl:value-of select="$content.max.width"/><xsl:text>;margin:0 auto;padding:0 1.25rem}
main{position:relative;padding-bottom:2rem}
.site-header{padding-top:1rem;padding-bottom:.5rem;border-bottom:1px solid var(--rule)}
.site-title{margin:0;font-size:1.1rem;font-weight:bold}
.site-title a{color:inherit;text-decoration:none}
.site-nav ul,.pager ul{list-style:none;margin:.4rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.site-nav a[aria-current]{font-weight:bold;color:inherit}
.pager{font-size:.95rem;margin-top:1rem;margin-bottom:1rem}
.pager .next{margin-left:auto}
h1,h2,h3,h4,h5,h6{line-height:1.25;font-weight:bold}
h1{font-size:1.45rem}h2{font-size:1.25rem}h3{font-size:1.1rem}h4,h5,h6{font-size:1rem}
.volume-title{font-size:1.6rem}
p{margin:.6rem 0}
.rend-center{text-align:center}
.rend-right{text-align:right}
.rend-left{text-align:left}
.rend-flushleft{text-indent:0}
.p.rend-strong{font-weight:bold}
.p.rend-italic,.p.rend-sectiontitleital{font-style:italic}
.hi.rend-smallcaps{font-variant:small-caps}
.hi.rend-roman{font-style:normal}
.hi.rend-underline{text-decoration:underline}
.dateline,.closer,.signed,.docDate{text-align:right}
.dateline.rend-left,.closer .dateline.rend-left{text-align:left}
.dateline{margin:.6rem 0}
.opener{margin:.8rem 0}
.closer{margin:1rem 0 1rem 1rem}
.salute{margin:.6rem 0}
.postscript{margin-top:1rem}
.attachment{margin-top:2rem;padding-top:1rem;border-top:1px solid var(--rule)}
.note-inline{font-size:.92rem}
blockquote.quote{margin:.8rem 0 .8rem 2rem}
.list{margin:.6rem 0;padding-left:2rem;list-style:none}
ol.list{list-style:decimal}
.list.rend-bulleted{list-style:disc}
.list .list{margin:.3rem 0}
.labelled>li>.label:first-child{display:inline-block;min-width:2rem;margin-left:-2rem;padding-right:.35em}
.list-head{margin:.8rem 0 .2rem;font-weight:bold}
.list.names>li,.list.terms>li{text-indent:-2rem;margin:.25rem 0}
.participants,.subject{padding-left:2rem}
table.table{border-collapse:collapse;margin:1rem 0;max-width:100%;display:block;overflow-x:auto}
.contents caption{text-align:left;font-weight:bold;padding:.3rem 0}
table.table caption{font-weight:bold;text-align:left;padding:.3rem 0}
.table td,.table th{padding:.2rem .5rem;vertical-align:top;text-align:left}
.table .num{text-align:right}
.rend-center-block{margin-left:auto;margin-right:auto}
.rend-border-top{border-top:1px solid}
.rend-border-bottom{border-bottom:1px solid}
.rend-border-left{border-left:1px solid}
.rend-border-right{border-right:1px solid}
.persName[href],.gloss[href],.persName[title],.gloss[title]{color:inherit;text-decoration:underline dotted;text-underline-offset:.15em}
.persName[title],.gloss[title]{cursor:help}
.gap{color:var(--muted)}
.pb{position:absolute;right:-7.5rem;width:6.5rem;text-align:left;font-size:.8rem;font-style:normal;font-weight:normal;font-variant:normal;text-indent:0;color:var(--muted);white-space:nowrap}
.pb-hidden{display:none}
li.pb-item,li.gap-item{list-style:none}
.noteref{line-height:0;font-size:.75em}
.noteref a{text-decoration:none;padding:0 .1em}
.notes{margin-top:2rem;border-top:1px solid var(--rule);font-size:.92rem}
.notes-head{font-size:1rem}
ol.notes{list-style:none;margin:0;padding:0}
ol.notes>li{display:grid;grid-template-columns:2.5rem 1fr;margin:.4rem 0}
.note-label{text-align:right;padding-right:.6rem}
.note-text>p:first-child{margin-top:0}
.note-text>p{margin:0 0 .3rem}
.backlink{text-decoration:none}
:target{background:var(--mark)}
.contents{border-collapse:collapse;width:100%;margin:1rem 0}
.contents th,.contents td{padding:.3rem .5rem;border-bottom:1px solid var(--rule);vertical-align:top;text-align:left}
.contents .toc-n{text-align:right;white-space:nowrap}
.contents .toc-date{white-space:nowrap;font-size:.92rem}
.contents .toc-div th{padding-top:1rem;font-size:1.05rem}
.lists{margin-top:1.5rem}
.unmatched{outline:1px dashed #c00;background:#fee}
.unmatched::before{content:"&lt;" attr(data-tei) "&gt;";color:#c00;font-size:.75em}
.page-footer{border-top:1px solid var(--rule);color:var(--muted);font-size:.9rem;padding-top:.5rem;padding-bottom:1rem}
@media (max-width:62rem){
.pb{position:static;display:inline;width:auto;margin:0 .2rem}
}
@media (max-width:36rem){
body{line-height:1.45}
.site-header,main,.page-footer,.pager{padding:0 .75rem}
ol.notes>li{grid-template-columns:1.8rem 1fr}
.list{padding-left:1.25rem}
blockquote.quote{margin-left:1rem}
.contents .toc-date{white-space:normal}
}
@media print{
body{font-size:11pt;line-height:1.4}
.skip,.site-nav,.pager,.backlink{display:none}
.site-header,main,.page-footer{max-width:none;padding:0}
a{color:inherit;text-decoration:none}
.pb{position:static;display:inline;color:#555}
h1,h2,h3,h4,.list-head{break-after:avoid;page-break-after:avoid}
.notes{break-inside:auto}
ol.notes>li,tr,blockquote{break-inside:avoid}
:target{background:none}
}
</xsl:text>
    <xsl:call-template name="css.hook"/>
  </xsl:template>

</xsl:stylesheet>
