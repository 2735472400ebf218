#pragma once

#include <QString>
#include <QStringList>

namespace corridor::sync {

// What importing one bundle did. A refused bundle changed nothing.
struct ImportReport {
    QString file;
    bool refused = false;
    QString refusal;    // why the whole bundle was refused
    bool alert = false; // possible forgery or a device that equivocates: tell the coordinator
    bool alreadyImported = false;

    QString bundleId;
    QString exporter; // device id
    QString exporterName;
    quint64 sequence = 0;

    int newChangesets = 0;
    int seen = 0;
    int held = 0;
    int created = 0;
    int updated = 0;
    int erased = 0;
    int conflicts = 0; // new open conflicts after the import
    QStringList refusedItems;

    // For the benchmark: where the time went.
    double secondsVerify = 0;
    double secondsDecrypt = 0;
    double secondsApply = 0;
};

} // namespace corridor::sync
