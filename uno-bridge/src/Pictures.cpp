#include "eqplan/bridge/Pictures.hpp"

#include "eqplan/Coverage.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"
#include "TemporaryDirectory.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/graphic/GraphicProvider.hpp>
#include <com/sun/star/graphic/XGraphicProvider.hpp>
#include <com/sun/star/io/SequenceInputStream.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/BreakType.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/TextContentAnchorType.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <osl/file.hxx>

#include <algorithm>
#include <fstream>

using namespace css;

namespace eqplan::bridge
{
namespace
{
uno::Reference<css::text::XTextDocument> textOf(const uno::Reference<lang::XComponent>& document)
{
    uno::Reference<css::text::XTextDocument> text(document, uno::UNO_QUERY);
    if (!text.is())
        throw Error(Error::Kind::NotReadable,
                    keyed("errorNotText", "This is not a text document."));
    return text;
}

// A new, empty paragraph at the end of the body, in the default paragraph style with nothing of
// the paragraph before it (a heading's weight, a list): a cursor over it.
uno::Reference<css::text::XParagraphCursor>
newParagraph(const uno::Reference<css::text::XText>& body)
{
    body->insertControlCharacter(body->getEnd(), css::text::ControlCharacter::PARAGRAPH_BREAK,
                                 false);
    uno::Reference<css::text::XParagraphCursor> cursor(
        body->createTextCursorByRange(body->getEnd()), uno::UNO_QUERY_THROW);
    uno::Reference<beans::XPropertySet> properties(cursor, uno::UNO_QUERY_THROW);
    properties->setPropertyValue("ParaStyleName", uno::Any(rtl::OUString("Standard")));
    properties->setPropertyValue("NumberingStyleName", uno::Any(rtl::OUString()));
    properties->setPropertyValue("OutlineLevel", uno::Any(sal_Int16(0)));
    properties->setPropertyValue("CharWeight", uno::Any(awt::FontWeight::NORMAL));
    return cursor;
}
} // namespace

void appendParagraph(const uno::Reference<lang::XComponent>& document, const std::string& text,
                     int level, bool pageBefore)
{
    const uno::Reference<css::text::XText> body = textOf(document)->getText();
    try
    {
        const uno::Reference<css::text::XParagraphCursor> cursor = newParagraph(body);
        body->insertString(uno::Reference<css::text::XTextRange>(cursor, uno::UNO_QUERY_THROW),
                           fromUtf8(text), false);
        cursor->gotoStartOfParagraph(true);
        uno::Reference<beans::XPropertySet> properties(cursor, uno::UNO_QUERY_THROW);
        if (level > 0)
        {
            properties->setPropertyValue("CharWeight", uno::Any(awt::FontWeight::BOLD));
            properties->setPropertyValue("OutlineLevel", uno::Any(sal_Int16(level)));
            properties->setPropertyValue("ParaTopMargin", uno::Any(sal_Int32(300)));
            // A heading stays on the page of what it heads (a picture, a list).
            properties->setPropertyValue("ParaKeepTogether", uno::Any(true));
        }
        if (pageBefore)
            properties->setPropertyValue("BreakType", uno::Any(style::BreakType_PAGE_BEFORE));
    }
    catch (const uno::Exception& e)
    {
        throw Error(Error::Kind::Office,
                    keyed("errorCannotAddText", "LibreOffice could not add \"{0}\" ({1}).",
                          {text, toUtf8(e.Message)}));
    }
}

void appendPicture(const uno::Reference<lang::XComponent>& document, const Picture& picture,
                   double maxWidth)
{
    const uno::Reference<css::text::XTextDocument> text = textOf(document);
    // The image is read from a file the office can reach (it runs on this machine): the one way
    // that needs no component context, so that it works in-process and over a remote bridge.
    const TemporaryDirectory folder;
    const std::filesystem::path file = folder.path() / "picture.svg";
    {
        std::ofstream out(file, std::ios::binary);
        out << picture.svg;
        if (!out.flush())
            throw Error(Error::Kind::NotWritable,
                        keyed("errorCannotWritePicture",
                              "eqplan could not write a picture into {0}.",
                              {folder.path().string()}));
    }
    rtl::OUString url;
    osl::FileBase::getFileURLFromSystemPath(fromUtf8(file.string()), url);
    const double scale = picture.width > maxWidth ? maxWidth / picture.width : 1.0;
    try
    {
        uno::Reference<lang::XMultiServiceFactory> factory(document, uno::UNO_QUERY_THROW);
        uno::Reference<beans::XPropertySet> graphic(
            factory->createInstance("com.sun.star.text.TextGraphicObject"), uno::UNO_QUERY_THROW);
        graphic->setPropertyValue("AnchorType",
                                  uno::Any(css::text::TextContentAnchorType_AS_CHARACTER));
        graphic->setPropertyValue("GraphicURL", uno::Any(url));
        graphic->setPropertyValue(
            "Size", uno::Any(awt::Size(static_cast<sal_Int32>(picture.width * scale * 100),
                                       static_cast<sal_Int32>(picture.height * scale * 100))));
        graphic->setPropertyValue("Title", uno::Any(fromUtf8(picture.title)));
        graphic->setPropertyValue("Description", uno::Any(fromUtf8(picture.altText)));
        const uno::Reference<css::text::XText> body = text->getText();
        const uno::Reference<css::text::XParagraphCursor> cursor = newParagraph(body);
        body->insertTextContent(
            uno::Reference<css::text::XTextRange>(cursor, uno::UNO_QUERY_THROW),
            uno::Reference<css::text::XTextContent>(graphic, uno::UNO_QUERY_THROW), false);
    }
    catch (const uno::Exception& e)
    {
        throw Error(Error::Kind::Office,
                    keyed("errorCannotAddPicture",
                          "LibreOffice could not add the picture \"{0}\" ({1}).",
                          {picture.title, toUtf8(e.Message)}));
    }
}

void appendAtAGlance(const uno::Reference<lang::XComponent>& document, const Plan& plan,
                     const CheckRules& rules, std::chrono::year_month_day today, int level)
{
    const Picture coverage = coverageMatrix(coverageOf(plan, rules), recordsCharacteristics(plan));
    const Picture timeline = reviewTimeline(plan, today);
    appendParagraph(document, "At a glance", level, true);
    appendParagraph(document, coverage.title, level + 1);
    appendPicture(document, coverage);
    appendParagraph(document, timeline.title, level + 1);
    appendPicture(document, timeline);
}

uno::Reference<graphic::XGraphic> graphicOf(const uno::Reference<uno::XComponentContext>& context,
                                            const Picture& picture)
{
    try
    {
        const uno::Sequence<sal_Int8> bytes(reinterpret_cast<const sal_Int8*>(picture.svg.data()),
                                            static_cast<sal_Int32>(picture.svg.size()));
        beans::PropertyValue stream;
        stream.Name = "InputStream";
        stream.Value <<= io::SequenceInputStream::createStreamFromSequence(context, bytes);
        const uno::Reference<graphic::XGraphic> graphic =
            graphic::GraphicProvider::create(context)->queryGraphic(
                uno::Sequence<beans::PropertyValue>(&stream, 1));
        if (!graphic.is())
            throw Error(Error::Kind::Office,
                        keyed("errorCannotReadPicture",
                              "LibreOffice could not read the picture \"{0}\".", {picture.title}));
        return graphic;
    }
    catch (const uno::Exception& e)
    {
        throw Error(Error::Kind::Office,
                    keyed("errorPictureUnreadable",
                          "LibreOffice could not read the picture \"{0}\" ({1}).",
                          {picture.title, toUtf8(e.Message)}));
    }
}
} // namespace eqplan::bridge
