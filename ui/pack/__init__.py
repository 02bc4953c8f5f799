"""The pack screen's parts: line table, scan banner and sounds, boxes, carriers, ship progress."""
