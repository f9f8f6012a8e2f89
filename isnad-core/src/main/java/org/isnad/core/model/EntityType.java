package org.isnad.core.model;

/** Entity types of the dossier. GROUP: nationalities and communities (الأوزبك، المهاجرون). */
public enum EntityType { PERSON, ORGANIZATION, LOCATION, GROUP, OTHER }
