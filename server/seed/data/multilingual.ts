import type { Language } from '@shared/i18n/languages';
import type { IndicatorTextField } from '@shared/schemas/indicator';

/**
 * Demo content in other languages than English, so the interface shows documents and translations
 * in the six UN languages. The summaries are written for this workspace from the coalition's Bali
 * 2013 session report (and say so); the translations are of CSAM-01's latest demo revision.
 */
export interface SeedLanguageDocument {
  language: Language;
  title: string;
  description: string;
  tags: string[];
  fileName: string;
  body: string;
}

export const MULTILINGUAL_DOCUMENTS: SeedLanguageDocument[] = [
  {
    language: 'fr',
    title: 'Synthèse de la session de Bali 2013 : des indicateurs sur les contenus d’abus sexuels sur enfants',
    description:
      'Synthèse en français de la session de la coalition au FGI 2013 à Bali : nouveaux membres, présentations d’INHOPE, de l’IWF et de la Financial Coalition, et suites convenues.',
    tags: ['synthèse', 'indicateurs', 'bali 2013'],
    fileName: 'synthese-bali-2013.md',
    body: `# Session de Bali 2013 — synthèse en français

*Synthèse rédigée pour cet espace de travail à partir du rapport de session de la coalition ; elle ne remplace pas le rapport original, rédigé en anglais.*

- ECPAT International a présidé la session de la Coalition dynamique pour la sécurité des enfants en ligne lors du Forum sur la gouvernance de l’Internet (FGI) de 2013, à Bali. Trois nouveaux membres ont rejoint la coalition : l’Allanah and Madeline Foundation (Australie), Eitesal (Égypte) et la DISC Foundation (Émirats arabes unis).
- La session était consacrée à l’élaboration d’indicateurs relatifs aux contenus d’abus sexuels sur enfants, à des fins de plaidoyer au plus haut niveau politique et dans le cadre des processus des Nations Unies pour l’après-2015.
- Les présentations d’INHOPE, de l’IWF et de la Financial Coalition Against Child Pornography ont montré l’ampleur du problème : dans certains pays, des contenus restent en ligne longtemps après avoir été signalés aux fournisseurs d’accès, et la part des contenus représentant des victimes de moins de 10 ans augmente.
- La pression exercée sur les paiements électroniques rend le commerce ouvert de ces contenus de plus en plus difficile, mais le déplace vers des parties cachées d’Internet, où il est difficile à mesurer sans enquêtes des services répressifs.

## Suites convenues

- Les informations sur l’élaboration des indicateurs seront communiquées à tous les membres, et les travaux se poursuivront en ligne.
- L’UIT a proposé un espace en ligne pour héberger les contenus et les ressources de la coalition.
`,
  },
  {
    language: 'ar',
    title: 'حماية الأطفال على الإنترنت: ملخص جلسة بالي 2013 بشأن المؤشرات',
    description:
      'ملخص باللغة العربية لجلسة الائتلاف خلال منتدى حوكمة الإنترنت لعام 2013 في بالي: الأعضاء الجدد، وعروض INHOPE وIWF والائتلاف المالي، والمتابعة المتفق عليها.',
    tags: ['ملخص', 'مؤشرات', 'bali 2013'],
    fileName: 'mulakhkhas-bali-2013.md',
    body: `# حماية الأطفال على الإنترنت: ملخص جلسة بالي 2013

*ملخص أُعِدّ لمساحة العمل هذه استنادًا إلى تقرير الجلسة الصادر عن الائتلاف، ولا يغني عن التقرير الأصلي المحرَّر باللغة الإنجليزية.*

- ترأست منظمة ECPAT الدولية جلسة الائتلاف الدينامي المعني بسلامة الأطفال على الإنترنت خلال منتدى حوكمة الإنترنت (IGF) لعام 2013 في بالي. وانضم إلى الائتلاف ثلاثة أعضاء جدد: مؤسسة ألانا ومادلين (أستراليا)، وجمعية اتصال (مصر)، ومؤسسة DISC (الإمارات العربية المتحدة).
- ركّزت الجلسة على وضع مؤشرات بشأن مواد الاعتداء الجنسي على الأطفال، لأغراض الدعوة على أعلى المستويات السياسية وفي إطار عمليات الأمم المتحدة لما بعد عام 2015.
- أظهرت العروض التي قدّمتها INHOPE وIWF والائتلاف المالي لمكافحة المواد الإباحية المتعلقة بالأطفال حجمَ المشكلة: ففي بعض البلدان يظل المحتوى متاحًا على الإنترنت مدة طويلة حتى بعد إبلاغ مقدّمي خدمات الإنترنت عنه، وتتزايد نسبة المحتوى الذي يصوّر ضحايا دون سن العاشرة.
- جعل الضغط على وسائل الدفع الإلكتروني الاتجارَ العلني بهذا المحتوى أصعب فأصعب، لكنه دفعه نحو أجزاء خفية من الإنترنت يصعب فيها قياسه دون تحقيقات تجريها جهات إنفاذ القانون.

## المتابعة المتفق عليها

- ستُتاح لجميع الأعضاء المعلومات المتعلقة بعملية وضع المؤشرات، ويتواصل العمل عبر الإنترنت.
- عرض الاتحاد الدولي للاتصالات توفير مساحة على الإنترنت لاستضافة محتوى الائتلاف وموارده.
`,
  },
  {
    language: 'es',
    title: 'Resumen de la sesión de Bali 2013: indicadores sobre material de abuso sexual infantil',
    description:
      'Resumen en español de la sesión de la coalición en el IGF 2013 en Bali: nuevos miembros, presentaciones de INHOPE, la IWF y la Financial Coalition, y seguimiento acordado.',
    tags: ['resumen', 'indicadores', 'bali 2013'],
    fileName: 'resumen-bali-2013.md',
    body: `# Sesión de Bali 2013 — resumen en español

*Resumen redactado para este espacio de trabajo a partir del informe de la sesión de la coalición; no sustituye al informe original, redactado en inglés.*

- ECPAT International presidió la sesión de la Coalición Dinámica sobre la Seguridad Infantil en Línea durante el Foro para la Gobernanza de Internet (IGF) de 2013, en Bali. Se incorporaron tres nuevos miembros: la Allanah and Madeline Foundation (Australia), Eitesal (Egipto) y la DISC Foundation (Emiratos Árabes Unidos).
- La sesión se centró en la elaboración de indicadores sobre material de abuso sexual infantil, con fines de incidencia al más alto nivel político y en los procesos de las Naciones Unidas posteriores a 2015.
- Las presentaciones de INHOPE, la IWF y la Financial Coalition Against Child Pornography mostraron la magnitud del problema: en algunos países, el contenido permanece en línea durante largos periodos incluso después de haberse denunciado a los proveedores de servicios de internet, y aumenta la proporción de contenido que muestra a víctimas menores de 10 años.
- La presión sobre los pagos electrónicos dificulta cada vez más el comercio abierto de este contenido, pero lo desplaza hacia partes ocultas de internet, donde es difícil medirlo sin investigaciones policiales.

## Seguimiento acordado

- La información sobre el proceso de elaboración de los indicadores se compartirá con todos los miembros, y el trabajo continuará en línea.
- La UIT ofreció un espacio en línea para alojar los contenidos y recursos de la coalición.
`,
  },
];

export type SeedTranslation = { title: string } & Record<IndicatorTextField, string>;

/** CSAM-01 (revision 2 of the demo) in French and Arabic. */
export const SEED_TRANSLATIONS: { code: string; revision: number; texts: Partial<Record<Language, SeedTranslation>> }[] = [
  {
    code: 'CSAM-01',
    revision: 2,
    texts: {
      fr: {
        title: 'Délai de retrait des contenus d’abus sexuels sur enfants après un signalement',
        definition:
          'Temps écoulé entre le moment où une ligne de signalement confirme qu’une URL signalée héberge des contenus d’abus sexuels sur enfants et le moment où ces contenus ne sont plus accessibles à cette URL, tel que vérifié par la ligne de signalement.',
        unit: 'Heures (médiane et distribution), par pays d’hébergement',
        rationale:
          'Les présentations faites lors de la session de Bali en 2013 ont montré que, dans certains pays, des contenus restent en ligne pendant de longues périodes, même après avoir été signalés aux fournisseurs de services. Chaque heure passée en ligne inflige un nouveau préjudice à la victime. Une mesure comparable des délais de retrait permet aux décideurs de voir où la procédure de notification et de retrait fonctionne, et où elle ne fonctionne pas.',
        computation:
          'Pour chaque signalement confirmé, soustraire l’heure d’envoi de la première notification à l’hébergeur de l’heure à laquelle le retrait a été vérifié. Indiquer la médiane et les quartiles par pays d’hébergement et par année de signalement. Les signalements dont le retrait n’a jamais été vérifié sont comptabilisés séparément, et non écartés.',
        disaggregation:
          'Pays d’hébergement ; type de service (hébergeur web, forum d’images, hébergeur de fichiers) ; voie de notification (de la ligne de signalement au fournisseur, ou par l’intermédiaire des services répressifs) ; année de signalement.',
        dataSources:
          'Dossiers des lignes de signalement (lignes membres d’INHOPE, IWF), à partir des horodatages de la confirmation et du retrait vérifié.',
        limitations:
          'Les lignes de signalement vérifient le retrait à des intervalles différents ; les délais de retrait courts sont donc mesurés avec moins de précision. Un contenu déplacé vers une autre URL est considéré comme retiré de la première. Les contenus hébergés sur des services cachés ne sont pas couverts.',
        references:
          'Présentations d’INHOPE et de l’IWF, session de la Coalition dynamique pour la sécurité des enfants en ligne, FGI 2013 (Bali).',
      },
      ar: {
        title: 'المدة اللازمة لإزالة مواد الاعتداء الجنسي على الأطفال بعد الإبلاغ عنها',
        definition:
          'المدة الفاصلة بين تأكيد خط الإبلاغ أن عنوان URL المُبلَّغ عنه يستضيف مواد اعتداء جنسي على الأطفال، وتوقّف إتاحة هذه المواد على ذلك العنوان، وفقًا لما يتحقق منه خط الإبلاغ.',
        unit: 'ساعات (الوسيط والتوزيع)، حسب بلد الاستضافة',
        rationale:
          'بيّنت العروض المقدَّمة في جلسة بالي لعام 2013 أن المحتوى يظل متاحًا على الإنترنت لفترات طويلة في بعض البلدان حتى بعد الإبلاغ عنه لمقدّمي الخدمات. وكل ساعة يبقى فيها المحتوى متاحًا تُلحق بالضحية أذًى جديدًا. ويتيح قياسٌ قابل للمقارنة لمدد الإزالة لصانعي السياسات معرفةَ المواضع التي ينجح فيها نظام الإخطار والإزالة والمواضع التي يخفق فيها.',
        computation:
          'لكل بلاغ مؤكَّد، يُطرح وقت إرسال الإخطار الأول إلى مقدّم خدمة الاستضافة من وقت التحقق من الإزالة. ويُبلَّغ عن الوسيط والأرباع حسب بلد الاستضافة وسنة الإبلاغ. وتُحسب البلاغات التي لم يُتحقَّق قط من إزالة محتواها على حدة، ولا تُستبعد.',
        disaggregation:
          'بلد الاستضافة؛ نوع الخدمة (مضيف مواقع، منتدى صور، مضيف ملفات)؛ مسار الإخطار (من خط الإبلاغ إلى مقدّم الخدمة، أو عن طريق جهات إنفاذ القانون)؛ سنة الإبلاغ.',
        dataSources:
          'سجلات حالات خطوط الإبلاغ (الخطوط الأعضاء في INHOPE، ومؤسسة IWF)، باستخدام الطوابع الزمنية للتأكيد وللإزالة المتحقَّق منها.',
        limitations:
          'تتحقق خطوط الإبلاغ من الإزالة على فترات متفاوتة، ولذلك تُقاس مدد الإزالة القصيرة بدقة أقل. وتُعدّ المواد المنقولة إلى عنوان URL آخر مُزالةً من العنوان الأول. ولا يشمل المؤشر المحتوى المستضاف على الخدمات المخفية.',
        references:
          'عروض INHOPE وIWF، جلسة الائتلاف الدينامي المعني بسلامة الأطفال على الإنترنت، منتدى حوكمة الإنترنت (IGF) لعام 2013 (بالي).',
      },
    },
  },
];
