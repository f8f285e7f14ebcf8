// Runs between the two copies of journey-elements.iife.js in twice-iife.html: keeps the first copy's API.
window.firstJourneyElements = window.JourneyElements;
