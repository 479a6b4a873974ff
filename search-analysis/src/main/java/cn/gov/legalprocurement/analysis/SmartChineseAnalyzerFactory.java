package cn.gov.legalprocurement.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** {@code portal_smartcn}: Lucene's hidden-Markov-model word segmentation for Simplified Chinese. */
@NamedComponent("portal_smartcn")
public class SmartChineseAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new SmartChineseAnalyzer();
    }
}
