/** What a real workshop writes, in each of the four languages: long notes, many steps, open points. */
export interface WorkshopTexts {
  service: string;
  organisation: string;
  facilitator: string;
  people: [string, string][];
  sentences: string[];
  steps: string[];
  openPoints: string[];
  captions: string[];
  naReason: string;
}

export const workshopTexts: Record<'en' | 'el' | 'pt' | 'fr', WorkshopTexts> = {
  en: {
    service: 'Childminder registration and inspection-scheduling-and-notification-service',
    organisation: 'Municipality of Patras, Directorate of Social Services',
    facilitator: 'Helen Carter',
    people: [
      ['Maria Papadopoulou', 'Service owner'],
      ['John Smith', 'Case worker'],
      ['Aisha Khan', 'Developer']
    ],
    sentences: [
      'Parents told us in the interviews that they do not know which documents to bring, and most of them phone the office twice before they apply.',
      'The case workers keep their own spreadsheet of pending inspections because the case system cannot show what is overdue.',
      'Nobody owns the wording of the letters; each team edits the templates when a complaint arrives, so three versions are in use.',
      'We agreed that the objective is to halve the time from application to decision within a year, measured on every application, not a sample.',
      'The legal unit confirmed that the paper stamp is no longer required since the 2024 amendment, but the form still asks for it.',
      'Usage data exists only for the website, not for the phone line or the counter, so the team cannot yet tell where people give up.'
    ],
    steps: [
      'Remove the stamp requirement from the application form',
      'Interview five more parents who gave up half-way',
      'Publish one checklist of documents on the website',
      'Agree one owner for every letter template',
      'Show overdue inspections in the case system',
      'Count calls and counter visits for one month',
      'Write the problem statement with the legal unit',
      'Test the new form with three case workers',
      'Set a service level for the first reply',
      'Report progress to the steering group in March'
    ],
    openPoints: [
      'Who pays for the change to the case system?',
      'Can applications be signed with the national e-ID?',
      'Check whether fathers are under-represented in the interviews',
      'Ask the region how they measure waiting times',
      'Plan the next workshop before the summer break'
    ],
    captions: ['The wall of parents’ needs after the first hour', 'Journey map drawn by the case workers', 'Priorities voted with dots'],
    naReason: 'The service has no paper channel any more since January: every application is online or at the counter with an officer.'
  },
  el: {
    service: 'Εγγραφή παιδοκόμων και προγραμματισμός-επιθεωρήσεων-και-ειδοποιήσεων',
    organisation: 'Δήμος Πατρέων, Διεύθυνση Κοινωνικών Υπηρεσιών',
    facilitator: 'Ελένη Καρτέρη',
    people: [
      ['Μαρία Παπαδοπούλου', 'Υπεύθυνη υπηρεσίας'],
      ['Γιάννης Σμυρναίος', 'Χειριστής υποθέσεων'],
      ['Αϊσέ Χαν', 'Προγραμματίστρια']
    ],
    sentences: [
      'Στις συνεντεύξεις οι γονείς είπαν ότι δεν ξέρουν ποια δικαιολογητικά να φέρουν, και οι περισσότεροι τηλεφωνούν δύο φορές πριν υποβάλουν αίτηση.',
      'Οι χειριστές κρατούν δικό τους υπολογιστικό φύλλο με τις εκκρεμείς επιθεωρήσεις, επειδή το σύστημα δεν δείχνει τι έχει καθυστερήσει.',
      'Κανείς δεν είναι υπεύθυνος για τη διατύπωση των επιστολών· κάθε ομάδα αλλάζει τα πρότυπα όταν έρχεται παράπονο, έτσι κυκλοφορούν τρεις εκδοχές.',
      'Συμφωνήσαμε ότι ο στόχος είναι να μειωθεί στο μισό ο χρόνος από την αίτηση ως την απόφαση μέσα σε έναν χρόνο, μετρημένος σε κάθε αίτηση.',
      'Η νομική υπηρεσία επιβεβαίωσε ότι η σφραγίδα δεν απαιτείται πια μετά την τροποποίηση του 2024, αλλά το έντυπο εξακολουθεί να τη ζητά.',
      'Στοιχεία χρήσης υπάρχουν μόνο για τον ιστότοπο, όχι για το τηλέφωνο ή το γκισέ, οπότε η ομάδα δεν ξέρει ακόμη πού εγκαταλείπουν οι πολίτες.'
    ],
    steps: [
      'Καταργήστε τη σφραγίδα από το έντυπο αίτησης',
      'Συνέντευξη με πέντε ακόμη γονείς που σταμάτησαν στη μέση',
      'Δημοσίευση ενιαίας λίστας δικαιολογητικών στον ιστότοπο',
      'Ένας υπεύθυνος για κάθε πρότυπο επιστολής',
      'Εμφάνιση των καθυστερημένων επιθεωρήσεων στο σύστημα',
      'Καταμέτρηση κλήσεων και επισκέψεων για έναν μήνα',
      'Σύνταξη της περιγραφής του προβλήματος με τη νομική υπηρεσία',
      'Δοκιμή του νέου εντύπου με τρεις χειριστές',
      'Ορισμός χρόνου για την πρώτη απάντηση',
      'Ενημέρωση της συντονιστικής ομάδας τον Μάρτιο'
    ],
    openPoints: [
      'Ποιος πληρώνει την αλλαγή στο σύστημα υποθέσεων;',
      'Μπορούν οι αιτήσεις να υπογράφονται με την εθνική ψηφιακή ταυτότητα;',
      'Να ελεγχθεί αν οι πατέρες υποεκπροσωπούνται στις συνεντεύξεις',
      'Να ρωτήσουμε την περιφέρεια πώς μετρά τους χρόνους αναμονής',
      'Προγραμματισμός του επόμενου εργαστηρίου πριν από το καλοκαίρι'
    ],
    captions: ['Ο τοίχος με τις ανάγκες των γονέων μετά την πρώτη ώρα', 'Χάρτης διαδρομής από τους χειριστές', 'Προτεραιότητες με ψηφοφορία'],
    naReason: 'Η υπηρεσία δεν έχει πια έντυπο κανάλι από τον Ιανουάριο: κάθε αίτηση γίνεται ηλεκτρονικά ή στο γκισέ με υπάλληλο.'
  },
  pt: {
    service: 'Registo de amas e agendamento-de-inspeções-e-notificações-automáticas',
    organisation: 'Câmara Municipal de Coimbra, Divisão de Ação Social',
    facilitator: 'Helena Carvalho',
    people: [
      ['Maria Santos', 'Responsável pelo serviço'],
      ['João Silva', 'Técnico de processos'],
      ['Aïcha Costa', 'Programadora']
    ],
    sentences: [
      'Nas entrevistas, os pais disseram que não sabem que documentos devem trazer, e a maioria telefona duas vezes para os serviços antes de se candidatar.',
      'Os técnicos mantêm uma folha de cálculo própria com as inspeções pendentes, porque o sistema de processos não mostra o que está atrasado.',
      'Ninguém é responsável pela redação das cartas; cada equipa altera os modelos quando chega uma reclamação, por isso estão em uso três versões.',
      'Acordámos que o objetivo é reduzir para metade o tempo entre o pedido e a decisão no prazo de um ano, medido em todos os pedidos.',
      'O gabinete jurídico confirmou que o carimbo deixou de ser exigido desde a alteração de 2024, mas o formulário continua a pedi-lo.',
      'Só existem dados de utilização do sítio web, não do telefone nem do balcão, pelo que a equipa ainda não sabe onde as pessoas desistem.'
    ],
    steps: [
      'Retirar a exigência do carimbo do formulário',
      'Entrevistar mais cinco pais que desistiram a meio',
      'Publicar uma lista única de documentos no sítio web',
      'Definir um responsável para cada modelo de carta',
      'Mostrar as inspeções atrasadas no sistema de processos',
      'Contar chamadas e atendimentos ao balcão durante um mês',
      'Redigir a descrição do problema com o gabinete jurídico',
      'Testar o novo formulário com três técnicos',
      'Fixar um prazo para a primeira resposta',
      'Apresentar o ponto de situação ao grupo de acompanhamento em março'
    ],
    openPoints: [
      'Quem paga a alteração ao sistema de processos?',
      'Os pedidos podem ser assinados com a Chave Móvel Digital?',
      'Verificar se os pais homens estão sub-representados nas entrevistas',
      'Perguntar à região como mede os tempos de espera',
      'Marcar o próximo workshop antes das férias de verão'
    ],
    captions: [
      'A parede das necessidades dos pais ao fim da primeira hora',
      'Mapa da jornada desenhado pelos técnicos',
      'Prioridades votadas com autocolantes'
    ],
    naReason: 'O serviço deixou de ter canal em papel desde janeiro: todos os pedidos são feitos online ou ao balcão com um funcionário.'
  },
  fr: {
    service: 'Agrément des assistantes maternelles et planification-des-inspections-et-notifications',
    organisation: 'Ville de Lyon, Direction de l’action sociale',
    facilitator: 'Hélène Carton',
    people: [
      ['Marie Dupont', 'Responsable du service'],
      ['Jean Martin', 'Instructeur'],
      ['Aïcha Benali', 'Développeuse']
    ],
    sentences: [
      'Lors des entretiens, les parents ont dit ne pas savoir quelles pièces apporter, et la plupart appellent deux fois le service avant de déposer leur demande.',
      'Les instructeurs tiennent leur propre tableur des inspections en attente, car l’outil métier ne montre pas ce qui est en retard.',
      'Personne n’est responsable de la rédaction des courriers ; chaque équipe modifie les modèles après une réclamation, si bien que trois versions circulent.',
      'Nous avons convenu que l’objectif est de diviser par deux le délai entre la demande et la décision d’ici un an, mesuré sur toutes les demandes.',
      'Le service juridique a confirmé que le tampon n’est plus exigé depuis la modification de 2024, mais le formulaire le demande toujours.',
      'Les données d’usage n’existent que pour le site, pas pour le téléphone ni le guichet : l’équipe ne sait pas encore où les usagers abandonnent.'
    ],
    steps: [
      'Supprimer l’exigence du tampon dans le formulaire',
      'Interroger cinq autres parents qui ont abandonné en cours de route',
      'Publier une liste unique des pièces sur le site',
      'Désigner un responsable pour chaque modèle de courrier',
      'Afficher les inspections en retard dans l’outil métier',
      'Compter les appels et les passages au guichet pendant un mois',
      'Rédiger l’énoncé du problème avec le service juridique',
      'Tester le nouveau formulaire avec trois instructeurs',
      'Fixer un délai pour la première réponse',
      'Présenter l’avancement au comité de pilotage en mars'
    ],
    openPoints: [
      'Qui finance la modification de l’outil métier ?',
      'Les demandes peuvent-elles être signées avec FranceConnect+ ?',
      'Vérifier si les pères sont sous-représentés dans les entretiens',
      'Demander à la région comment elle mesure les délais d’attente',
      'Planifier le prochain atelier avant l’été'
    ],
    captions: ['Le mur des besoins des parents après la première heure', 'Parcours dessiné par les instructeurs', 'Priorités votées avec des gommettes'],
    naReason: 'Le service n’a plus de canal papier depuis janvier : chaque demande se fait en ligne ou au guichet avec un agent.'
  }
};
